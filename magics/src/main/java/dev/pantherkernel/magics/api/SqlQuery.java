package dev.pantherkernel.magics.api;

import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;

import dev.pantherkernel.magics.export.FileExport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A data lake query from Java; each call returns a new query ({@link #transform} underneath), {@link #fetch()} runs
 * it. Settings left unset keep {@link DataLakeQuery}'s defaults.
 */
@PublicApi
public final class SqlQuery {

    private final PantherSession session;
    private final String sql;
    private final String database;
    private final Duration timeout;
    private final Long limit;
    private final Map<String, Object> bindings;

    private SqlQuery(Builder builder) {
        this.session = builder.session;
        this.sql = builder.sql;
        this.database = builder.database;
        this.timeout = builder.timeout;
        this.limit = builder.limit;
        this.bindings = Collections.unmodifiableMap(new LinkedHashMap<>(builder.bindings));
    }

    static Builder newSqlQuery() {
        return new Builder();
    }

    /** This query with {@code changes} made to a builder that starts as this query. */
    public SqlQuery transform(Consumer<Builder> changes) {
        Builder builder = new Builder(this);
        changes.accept(builder);
        return builder.build();
    }

    /** The database unqualified table names are in (default panther_logs). */
    public SqlQuery database(String name) {
        return transform(b -> b.database(name));
    }

    /** Cancel the query and fail when it runs longer than this (default 15 minutes). */
    public SqlQuery timeout(Duration limit) {
        return transform(b -> b.timeout(limit));
    }

    /** At most this many rows (adds LIMIT when the SQL has none). */
    public SqlQuery limit(long rows) {
        return transform(b -> b.limit(rows));
    }

    /** A value for {@code {name}} in the SQL, written as a safe SQL literal. */
    public SqlQuery bind(String name, Object value) {
        return transform(b -> b.bind(name, value));
    }

    public Result fetch() {
        return session.deliver(() -> query().fetch());
    }

    /**
     * Runs the query and streams every page into a .parquet, .csv, .csv.gz or .jsonl file as it arrives (the heap
     * holds a page or two, whatever the result's size); the result says what was written.
     */
    public Result to(String file) {
        return session.deliver(() -> new FileExport(session.clock(), session.redaction()).query(query(), Path.of(file)));
    }

    public Table table() {
        return fetch().table();
    }

    /** The data lake query over the session's connection, its variables and its host, with these settings. */
    private DataLakeQuery query() {
        DataLakeQuery.Builder query = DataLakeQuery.newDataLakeQuery().connection(session.connection()).sql(sql)
                .host(session.host()).variables(session.host()::variable);
        if (database != null) {
            query.database(database);
        }
        if (timeout != null) {
            query.timeout(timeout);
        }
        if (limit != null) {
            query.limit(limit);
        }
        bindings.forEach(query::bind);
        return query.build();
    }

    /** The settings of a {@link SqlQuery}: the session it runs in and its SQL, and what {@link SqlQuery}'s methods set. */
    public static final class Builder {
        private PantherSession session;
        private String sql;
        private String database;
        private Duration timeout;
        private Long limit;
        private final Map<String, Object> bindings = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(SqlQuery query) {
            session = query.session;
            sql = query.sql;
            database = query.database;
            timeout = query.timeout;
            limit = query.limit;
            bindings.putAll(query.bindings);
        }

        Builder session(PantherSession value) {
            session = value;
            return this;
        }

        Builder sql(String value) {
            sql = value;
            return this;
        }

        public Builder database(String name) {
            database = name;
            return this;
        }

        public Builder timeout(Duration value) {
            timeout = value;
            return this;
        }

        public Builder limit(long rows) {
            limit = rows;
            return this;
        }

        public Builder bind(String name, Object value) {
            bindings.put(name, value);
            return this;
        }

        public SqlQuery build() {
            return new SqlQuery(this);
        }
    }
}
