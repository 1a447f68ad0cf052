package dev.pantherkernel.magics.api;

import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;

import dev.pantherkernel.magics.export.FileExport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** A data lake query from Java; each call returns a new query, {@link #fetch()} runs it. */
@PublicApi
public final class SqlQuery {

    private final PantherSession session;
    private final String sql;
    private final UnaryOperator<DataLakeQuery> settings;

    SqlQuery(PantherSession session, String sql) {
        this(session, sql, UnaryOperator.identity());
    }

    private SqlQuery(PantherSession session, String sql, UnaryOperator<DataLakeQuery> settings) {
        this.session = session;
        this.sql = sql;
        this.settings = settings;
    }

    private SqlQuery and(UnaryOperator<DataLakeQuery> more) {
        return new SqlQuery(session, sql, q -> more.apply(settings.apply(q)));
    }

    /** The database unqualified table names are in (default panther_logs). */
    public SqlQuery database(String name) {
        return and(q -> q.database(name));
    }

    /** Cancel the query and fail when it runs longer than this (default 15 minutes). */
    public SqlQuery timeout(Duration limit) {
        return and(q -> q.timeout(limit));
    }

    /** At most this many rows (adds LIMIT when the SQL has none). */
    public SqlQuery limit(long rows) {
        return and(q -> q.limit(rows));
    }

    /** A value for {@code {name}} in the SQL, written as a safe SQL literal. */
    public SqlQuery bind(String name, Object value) {
        return and(q -> q.bind(name, value));
    }

    public Result fetch() {
        return session.deliver(() -> settings.apply(DataLakeQuery.sql(session.connection(), sql).host(session.host())
                .variables(session.host()::variable)).fetch());
    }

    /**
     * Runs the query and streams every page into a .parquet, .csv, .csv.gz or .jsonl file as it arrives (the heap
     * holds a page or two, whatever the result's size); the result says what was written.
     */
    public Result to(String file) {
        return session.deliver(() -> new FileExport(session.clock(), session.redaction()).query(settings.apply(
                DataLakeQuery.sql(session.connection(), sql).host(session.host()).variables(session.host()::variable)),
                Path.of(file)));
    }

    public Table table() {
        return fetch().table();
    }
}
