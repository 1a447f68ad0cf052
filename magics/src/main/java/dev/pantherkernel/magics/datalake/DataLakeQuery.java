package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.datalake.job.DataLakeJob;
import dev.pantherkernel.magics.datalake.job.JobOptions;
import dev.pantherkernel.magics.datalake.job.Partitions;
import dev.pantherkernel.magics.datalake.job.SqlFailure;
import dev.pantherkernel.magics.datalake.result.DataLakeQueryException;
import dev.pantherkernel.magics.datalake.result.ResultSink;
import dev.pantherkernel.magics.datalake.result.StreamedResult;
import dev.pantherkernel.magics.datalake.sql.DerivedSql;
import dev.pantherkernel.magics.datalake.sql.ParsedSql;
import dev.pantherkernel.magics.datalake.sql.PreparedSql;
import dev.pantherkernel.magics.datalake.sql.SqlFacts;
import dev.pantherkernel.magics.datalake.sql.SqlOrigin;
import dev.pantherkernel.magics.datalake.sql.SqlTemplate;
import dev.pantherkernel.magics.datalake.sql.TimePartitions;
import dev.pantherkernel.magics.graphql.TextPlace;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.table.Result;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A data lake SQL query, built up and then run (immutable: each step returns a new query; {@link #newDataLakeQuery()}
 * and {@link #transform} are the builder underneath):
 * <pre>{@code
 * Result logins = DataLakeQuery.sql(connection, "SELECT * FROM okta_systemlog WHERE client:ipAddress::string = {ip}")
 *         .bind("ip", "203.0.113.9").timeout(Duration.ofMinutes(5)).fetch();
 * }</pre>
 * {@code {name}} takes a bound value (or a session variable) as a safe SQL literal and {@code {name!ident}} a table
 * or column name the catalog knows. {@link #prepare()} gives the SQL that would be sent, {@link #fetch()} runs it:
 * polls until it finishes (cancelling it in Panther if the thread is interrupted or the timeout passes), fetches
 * every page into a typed table, and returns it with a footer of the query's facts.
 */
@PublicApi
public final class DataLakeQuery {

    private final Connection connection;
    private final String sql;
    private final String database;
    private final Map<String, Object> bindings;
    private final Function<String, Optional<Object>> variables;
    private final NotebookHost host;
    private final JobOptions options;
    private final Partitions partitions;
    private final SqlOrigin origin;
    private final TextPlace place;

    private DataLakeQuery(Builder builder) {
        this.connection = builder.connection;
        this.sql = builder.sql;
        this.database = builder.database;
        this.bindings = Map.copyOf(builder.bindings);
        this.variables = builder.variables;
        this.host = builder.host;
        this.options = builder.options;
        this.partitions = builder.partitions;
        this.origin = builder.origin;
        this.place = builder.place;
    }

    /** A query of {@code sql} over {@code connection}, everything else as {@link Builder} sets it by default. */
    public static DataLakeQuery sql(Connection connection, String sql) {
        return newDataLakeQuery().connection(connection).sql(sql).build();
    }

    public static Builder newDataLakeQuery() {
        return new Builder();
    }

    /** This query with {@code changes} made to a builder that starts as this query. */
    public DataLakeQuery transform(Consumer<Builder> changes) {
        Builder builder = new Builder(this);
        changes.accept(builder);
        return builder.build();
    }

    /** See {@link Builder#cellLine}. */
    public DataLakeQuery cellLine(int line) {
        return transform(b -> b.cellLine(line));
    }

    /** See {@link Builder#origin}. */
    public DataLakeQuery origin(SqlOrigin value) {
        return transform(b -> b.origin(value));
    }

    /** See {@link Builder#database}. */
    public DataLakeQuery database(String value) {
        return transform(b -> b.database(value));
    }

    /** See {@link Builder#partitions}. */
    public DataLakeQuery partitions(Partitions value) {
        return transform(b -> b.partitions(value));
    }

    /** See {@link Builder#timeout}. */
    public DataLakeQuery timeout(Duration value) {
        return transform(b -> b.timeout(value));
    }

    /** See {@link Builder#limit}. */
    public DataLakeQuery limit(long value) {
        return transform(b -> b.limit(value));
    }

    /** See {@link Builder#columns}. */
    public DataLakeQuery columns(List<String> value) {
        return transform(b -> b.columns(value));
    }

    /** See {@link Builder#bind}. */
    public DataLakeQuery bind(String name, Object value) {
        return transform(b -> b.bind(name, value));
    }

    /** See {@link Builder#variables}. */
    public DataLakeQuery variables(Function<String, Optional<Object>> lookup) {
        return transform(b -> b.variables(lookup));
    }

    /** See {@link Builder#host}. */
    public DataLakeQuery host(NotebookHost value) {
        return transform(b -> b.host(value));
    }

    /** See {@link Builder#options}. */
    public DataLakeQuery options(JobOptions value) {
        return transform(b -> b.options(value));
    }

    /** The settings of a {@link DataLakeQuery}; a connection and the SQL are needed, the rest has defaults. */
    public static final class Builder {
        private Connection connection;
        private String sql;
        private String database = DataLakeCatalog.DEFAULT_DATABASE;
        private final Map<String, Object> bindings = new LinkedHashMap<>();
        private Function<String, Optional<Object>> variables = name -> Optional.empty();
        private NotebookHost host = NotebookHost.standalone();
        private JobOptions options = JobOptions.defaults();
        private Partitions partitions = Partitions.AUTO;
        private SqlOrigin origin = SqlOrigin.WRITTEN;
        private TextPlace place = TextPlace.TEXT;

        private Builder() {
        }

        private Builder(DataLakeQuery query) {
            connection = query.connection;
            sql = query.sql;
            database = query.database;
            bindings.putAll(query.bindings);
            variables = query.variables;
            host = query.host;
            options = query.options;
            partitions = query.partitions;
            origin = query.origin;
            place = query.place;
        }

        public Builder connection(Connection value) {
            connection = value;
            return this;
        }

        public Builder sql(String value) {
            sql = value;
            return this;
        }

        /**
         * The cell line the SQL's first line is on (the magic line is line 1), so that an error Panther places in the
         * SQL names the cell's line, with a caret under the place.
         */
        public Builder cellLine(int line) {
            place = new TextPlace(Math.max(0, line));
            return this;
        }

        /** Where the SQL came from, when it was generated (a chart's): its errors quote it whole and say from what. */
        public Builder origin(SqlOrigin value) {
            origin = value;
            return this;
        }

        /** The database unqualified table names are in (default {@code panther_logs}). */
        public Builder database(String value) {
            database = value;
            return this;
        }

        /**
         * Runs as this many queries over adjacent ranges of {@code p_event_time}, side by side, their rows joined in
         * order ({@link TimePartitions}); refused, with the reason, when splitting would change the answer. Default
         * {@link Partitions#AUTO}: split only when it can be and Panther's metrics expect more than
         * {@value Partitions#AUTO_ROWS} rows (the footer says why, in a few words).
         */
        public Builder partitions(Partitions value) {
            partitions = value;
            return this;
        }

        /** How long the query may run before it is cancelled (default 15 minutes). */
        public Builder timeout(Duration value) {
            options = options.withTimeout(value);
            return this;
        }

        /** At most this many rows: appends {@code LIMIT} when the SQL has none, and stops paging there. */
        public Builder limit(long value) {
            options = options.withLimit(value);
            return this;
        }

        /** Keeps only these columns, in this order. */
        public Builder columns(List<String> value) {
            options = options.withColumns(value);
            return this;
        }

        /** The value of {@code {name}} in the SQL (not null: write {@code NULL} in the SQL itself). */
        public Builder bind(String name, Object value) {
            Objects.requireNonNull(value, () -> "{" + name + "} is bound to null; write NULL in the SQL instead");
            bindings.put(name, value);
            return this;
        }

        /** Where the values of placeholders without {@link #bind} come from (the notebook's Java variables). */
        public Builder variables(Function<String, Optional<Object>> lookup) {
            variables = lookup;
            return this;
        }

        /** Where progress and warnings show (default: nowhere and stderr). */
        public Builder host(NotebookHost value) {
            host = value;
            return this;
        }

        public Builder options(JobOptions value) {
            options = value;
            return this;
        }

        public DataLakeQuery build() {
            return new DataLakeQuery(this);
        }
    }

    /**
     * The SQL that {@link #fetch()} would send, the warnings about it, and the partitions it would run as; sends
     * nothing but catalog look-ups (and, for {@code auto}, the metrics request that estimates its rows).
     */
    public PreparedSql prepare() {
        return plan().prepared();
    }

    /** Runs the query: warnings go to the host, then the rows come back as a table. */
    public Result fetch() {
        Plan plan = plan();
        plan.prepared().warnings().forEach(host::warn);
        if (plan.split().isSplit()) {
            return new DataLakeJob(connection, host, options).split(plan.split(), DataLakeCatalog.of(connection).serverName(database),
                    plan::sent);
        }
        Result result;
        try {
            result = new DataLakeJob(connection, host, options).sql(plan.sql().text(), database);
        } catch (DataLakeQueryException e) {
            throw SqlFailure.placed(e, plan.sent(-1));
        }
        String footer = plan.split().footer();
        return footer == null ? result : result.transform(b -> b.detail(footer));
    }

    /** Runs the query and hands its pages to {@code sink} as they arrive (see {@link DataLakeJob#stream}). */
    public StreamedResult stream(ResultSink sink) {
        Filled prepared = prepared();
        prepared.warnings().forEach(host::warn);
        try {
            return new DataLakeJob(connection, host, options).stream(prepared.sql().text(), database, sink);
        } catch (DataLakeQueryException e) {
            throw SqlFailure.placed(e, new SqlFailure.Sent(prepared.sql(), origin, place, null));
        }
    }

    /** The time filters of the SQL as written ({@code p_occurs_since('90 days')}), for a record of what was asked. */
    public static List<String> timeFilters(String sql) {
        return SqlFacts.of(sql).timeFilters();
    }

    /**
     * The SQL as it will be sent (derived from the SQL given), the filled SQL scanned once (the facts, the limit and
     * the partition plan all read it), whether {@code --limit} appended a LIMIT to it, and the warnings about it.
     */
    private record Filled(DerivedSql sql, ParsedSql parsed, boolean limitAdded, List<String> warnings) {
    }

    /** What runs: the SQL, and how it is split (or why not). */
    private record Plan(DerivedSql sql, String database, List<String> warnings, TimePartitions.Plan split,
                        SqlOrigin origin, TextPlace place) {

        PreparedSql prepared() {
            return new PreparedSql(sql.text(), database, warnings, split.queries(), split.footer());
        }

        /** Partition {@code part} (from 0) as sent, or the whole query (-1), for an error that quotes it. */
        SqlFailure.Sent sent(int part) {
            if (part < 0) {
                return new SqlFailure.Sent(sql, origin, place, null);
            }
            return new SqlFailure.Sent(split.parts().get(part), origin, place,
                    "time partition " + (part + 1) + " of " + split.parts().size());
        }
    }

    private Filled prepared() {
        DataLakeCatalog catalog = DataLakeCatalog.of(connection);
        SqlTemplate.Filled filled = SqlTemplate.fill(ParsedSql.of(sql), this::value,
                (name, value) -> catalog.identifier(name, value, database), connection.client().sentValues());
        ParsedSql parsed = filled.parsed();
        List<String> warnings = new ArrayList<>(filled.warnings());
        TimeGuardrail.check(parsed.facts(), database, catalog).ifPresent(warnings::add);
        DerivedSql limited = filled.derived().then(parsed.limited(options.limit()));
        return new Filled(limited, parsed, parsed.limitAdded(options.limit()), warnings);
    }

    /** The plan of one run: the SQL prepared once, split (or not) once, by one reading of the session's clock. */
    private Plan plan() {
        Filled filled = prepared();
        Instant now = connection.clock().instant();
        return new Plan(filled.sql(), database, filled.warnings(), split(filled, now), origin, place);
    }

    /**
     * How the query runs: an explicit count splits it (refused with the reason when that cannot be had) or runs it
     * whole; {@code auto} splits only when that cannot change the answer and more rows are expected than
     * {@link Partitions#splitAbove()}, which costs one metrics request (kept a minute). The plan's footer says why.
     */
    private TimePartitions.Plan split(Filled prepared, Instant now) {
        if (!partitions.isAuto()) {
            if (partitions.count() < 2) {
                return TimePartitions.Plan.refused("one partition was asked for");
            }
            TimePartitions.Plan plan = TimePartitions.plan(prepared.sql(), check(prepared, now), partitions.count());
            if (!plan.isSplit()) {
                throw new PantherException("--partitions " + partitions + ": this query cannot be split by time without "
                        + "changing its answer: " + plan.refusal() + "; run it without --partitions");
            }
            return plan.withFooter("split in " + plan.parts().size() + " by time (--partitions " + partitions + ")");
        }
        TimePartitions.Check check = check(prepared, now);
        if (!check.splittable()) {
            return TimePartitions.Plan.whole("one query: " + check.brief());
        }
        RowEstimates.Estimate estimate = RowEstimates.of(connection).events(prepared.parsed().facts().tables(), database,
                check.from(), check.to());
        if (!estimate.known()) {
            return TimePartitions.Plan.whole("one query: " + estimate.missing());
        }
        String expected = RowEstimates.described(estimate.events());
        if (estimate.events() <= partitions.splitAbove()) {
            return TimePartitions.Plan.whole("one query: " + expected);
        }
        TimePartitions.Plan plan = TimePartitions.plan(prepared.sql(), check, partitions.autoCount(estimate.events()));
        return plan.withFooter("split in " + plan.parts().size() + " by time: " + expected);
    }

    /** Whether the SQL as sent can be split, read from the filled SQL's one scan (a LIMIT that --limit adds counts). */
    private static TimePartitions.Check check(Filled prepared, Instant now) {
        return TimePartitions.check(prepared.parsed(), prepared.limitAdded(), now);
    }

    private Optional<Object> value(String name) {
        return bindings.containsKey(name) ? Optional.ofNullable(bindings.get(name)) : variables.apply(name);
    }
}
