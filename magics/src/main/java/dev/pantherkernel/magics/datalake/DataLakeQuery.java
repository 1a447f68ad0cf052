package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.table.Result;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A data lake SQL query, built up and then run (immutable: each step returns a new query):
 * <pre>{@code
 * Result logins = DataLakeQuery.sql(connection, "SELECT * FROM okta_systemlog WHERE client:ipAddress::string = {ip}")
 *         .bind("ip", "203.0.113.9").timeout(Duration.ofMinutes(5)).fetch();
 * }</pre>
 * {@code {name}} takes a bound value (or a session variable) as a safe SQL literal and {@code {name!ident}} a table
 * or column name the catalog knows. {@link #prepare()} gives the SQL that would be sent, {@link #fetch()} runs it:
 * polls until it finishes (cancelling it in Panther if the thread is interrupted or the timeout passes), fetches
 * every page into a typed table, and returns it with a footer of the query's facts.
 */
public final class DataLakeQuery {

    private final Connection connection;
    private final String sql;
    private final String database;
    private final Map<String, Object> bindings;
    private final Function<String, Optional<Object>> variables;
    private final NotebookHost host;
    private final JobOptions options;
    private final Partitions partitions;

    private DataLakeQuery(Connection connection, String sql, String database, Map<String, Object> bindings,
                          Function<String, Optional<Object>> variables, NotebookHost host, JobOptions options,
                          Partitions partitions) {
        this.connection = connection;
        this.sql = sql;
        this.database = database;
        this.bindings = bindings;
        this.variables = variables;
        this.host = host;
        this.options = options;
        this.partitions = partitions;
    }

    public static DataLakeQuery sql(Connection connection, String sql) {
        return new DataLakeQuery(connection, sql, DataLakeCatalog.DEFAULT_DATABASE, Map.of(), name -> Optional.empty(),
                NotebookHost.standalone(), JobOptions.defaults(), Partitions.AUTO);
    }

    /** The database unqualified table names are in (default {@code panther_logs}). */
    public DataLakeQuery database(String value) {
        return new DataLakeQuery(connection, sql, value, bindings, variables, host, options, partitions);
    }

    /**
     * Runs as this many queries over adjacent ranges of {@code p_event_time}, side by side, their rows joined in
     * order ({@link TimePartitions}); refused, with the reason, when splitting would change the answer. Default
     * {@link Partitions#AUTO}: {@value Partitions#AUTO_COUNT} when it can be split, else whole.
     */
    public DataLakeQuery partitions(Partitions value) {
        return new DataLakeQuery(connection, sql, database, bindings, variables, host, options, value);
    }

    /** How long the query may run before it is cancelled (default 15 minutes). */
    public DataLakeQuery timeout(Duration value) {
        return options(options.withTimeout(value));
    }

    /** At most this many rows: appends {@code LIMIT} when the SQL has none, and stops paging there. */
    public DataLakeQuery limit(long value) {
        return options(options.withLimit(value));
    }

    /** Keeps only these columns, in this order. */
    public DataLakeQuery columns(List<String> value) {
        return options(options.withColumns(value));
    }

    /** The value of {@code {name}} in the SQL (not null: write {@code NULL} in the SQL itself). */
    public DataLakeQuery bind(String name, Object value) {
        Objects.requireNonNull(value, () -> "{" + name + "} is bound to null; write NULL in the SQL instead");
        Map<String, Object> next = new LinkedHashMap<>(bindings);
        next.put(name, value);
        return new DataLakeQuery(connection, sql, database, next, variables, host, options, partitions);
    }

    /** Where the values of placeholders without {@link #bind} come from (the notebook's Java variables). */
    public DataLakeQuery variables(Function<String, Optional<Object>> lookup) {
        return new DataLakeQuery(connection, sql, database, bindings, lookup, host, options, partitions);
    }

    /** Where progress and warnings show (default: nowhere and stderr). */
    public DataLakeQuery host(NotebookHost value) {
        return new DataLakeQuery(connection, sql, database, bindings, variables, value, options, partitions);
    }

    public DataLakeQuery options(JobOptions value) {
        return new DataLakeQuery(connection, sql, database, bindings, variables, host, value, partitions);
    }

    /** The SQL that {@link #fetch()} would send, and the warnings about it; sends nothing but catalog look-ups. */
    public PreparedSql prepare() {
        DataLakeCatalog catalog = DataLakeCatalog.of(connection);
        SqlTemplate.Filled filled = SqlTemplate.fill(sql, this::value,
                (name, value) -> catalog.identifier(name, value, database));
        SqlFacts facts = SqlFacts.of(filled.sql());
        List<String> warnings = new ArrayList<>(filled.warnings());
        TimeGuardrail.check(facts, database, catalog).ifPresent(warnings::add);
        String prepared = LimitClause.apply(filled.sql(), facts, options.limit());
        return new PreparedSql(prepared, database, warnings, split(prepared).queries());
    }

    /** Runs the query: warnings go to the host, then the rows come back as a table. */
    public Result fetch() {
        PreparedSql prepared = prepare();
        prepared.warnings().forEach(host::warn);
        if (!prepared.partitions().isEmpty()) {
            return new PartitionedJob(connection, host, options).run(split(prepared.sql()),
                    DataLakeCatalog.of(connection).serverName(database));
        }
        return new DataLakeJob(connection, host, options).sql(prepared.sql(), database);
    }

    /** Runs the query and hands its pages to {@code sink} as they arrive (see {@link DataLakeJob#stream}). */
    public StreamedResult stream(ResultSink sink) {
        PreparedSql prepared = prepare();
        prepared.warnings().forEach(host::warn);
        return new DataLakeJob(connection, host, options).stream(prepared.sql(), database, sink);
    }

    /** The time filters of the SQL as written ({@code p_occurs_since('90 days')}), for a record of what was asked. */
    public static List<String> timeFilters(String sql) {
        return SqlFacts.of(sql).timeFilters();
    }

    /** The time partitions the query runs as (none: whole); an explicit count that cannot be had is an error. */
    private TimePartitions.Plan split(String prepared) {
        int count = partitions.isAuto() ? Partitions.AUTO_COUNT : partitions.count();
        if (count < 2) {
            return TimePartitions.Plan.refused("one partition was asked for");
        }
        TimePartitions.Plan plan = TimePartitions.plan(prepared, count, connection.clock().instant());
        if (!plan.isSplit() && !partitions.isAuto()) {
            throw new PantherException("--partitions " + partitions + ": this query cannot be split by time without "
                    + "changing its answer: " + plan.refusal() + "; run it without --partitions");
        }
        return plan;
    }

    private Optional<Object> value(String name) {
        return bindings.containsKey(name) ? Optional.ofNullable(bindings.get(name)) : variables.apply(name);
    }
}
