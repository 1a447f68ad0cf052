package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.datalake.result.ResultsPager;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.datalake.result.DataLakeQueryException;
import dev.pantherkernel.magics.datalake.result.PagedResults;
import dev.pantherkernel.magics.datalake.result.ResultSink;
import dev.pantherkernel.magics.datalake.result.ResultTable;
import dev.pantherkernel.magics.datalake.result.StreamedResult;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.table.Result;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import dev.pantherkernel.magics.datalake.sql.TimePartitions;
import java.util.function.IntFunction;

/**
 * One data lake query from start to table: start it (SQL or indicator search), poll it until it finishes, page every
 * result row into typed columns, and say in the result's footer what happened (query id, rows, pages, bytes
 * scanned, execution time). Also re-attaches to a query started earlier.
 */
@Internal
public final class DataLakeJob {

    private final Connection connection;
    private final NotebookHost host;
    private final JobOptions options;
    private final QueryControl control;

    public DataLakeJob(Connection connection, NotebookHost host, JobOptions options) {
        this.connection = connection;
        this.host = host;
        this.options = options;
        this.control = new QueryControl(connection.client());
    }

    /**
     * Runs a query split into time partitions ({@link PartitionedJob}) in {@code database} (the server's name for it)
     * and joins their rows; {@code sent} tells where partition i's SQL came from, for an error Panther places in it.
     */
    public Result split(TimePartitions.Plan plan, String database, IntFunction<SqlFailure.Sent> sent) {
        return new PartitionedJob(connection, host, options).run(plan, database, sent);
    }

    /**
     * Runs SQL in {@code database} (Panther's default, {@code panther_logs}, when null), named as Panther's catalog
     * names it ({@code panther_logs.public}) when it lists the database.
     */
    public Result sql(String sql, String database) {
        Map<String, Object> input = database == null ? Map.of("sql", sql)
                : Map.of("sql", sql, "databaseName", DataLakeCatalog.of(connection).serverName(database));
        return run("sql", "executeDataLakeQuery", JobOperations.EXECUTE, input);
    }

    /**
     * Runs SQL and hands every page to {@code sink} as it arrives, keeping none: for results larger than the heap.
     * An interrupt or a failure after the first page ends paging; the {@link StreamedResult} says which.
     */
    public StreamedResult stream(String sql, String database, ResultSink sink) {
        long started = System.nanoTime();
        Map<String, Object> input = database == null ? Map.of("sql", sql) : Map.of("sql", sql, "databaseName", database);
        String id = control.start("executeDataLakeQuery", JobOperations.EXECUTE, input);
        try (NotebookHost.Progress progress = host.progress()) {
            new QueryPoller(control, options.polling(), options.sleeper()).awaitSuccess(id, options.timeout(), progress);
            PagedResults<?> paged = pager().stream(id, options.limit(), (pages, rows) -> progress.update(
                    String.format(Locale.ROOT, "query %s: page %d, %,d rows written", id, pages, rows)),
                    sink);
            return new StreamedResult(id, sql, connection.endpoint().uri().toString(), paged.fetched(), paged.stats(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** Runs an indicator search; {@code input} is an {@code ExecuteIndicatorSearchQueryInput}. */
    public Result indicatorSearch(Map<String, Object> input) {
        return run("search", "executeIndicatorSearchQuery", JobOperations.INDICATOR_SEARCH, input);
    }

    /** Waits for a query started earlier (by anyone, on any connection) and pages its results. */
    public Result attach(String queryId) {
        return finish("attach", queryId, System.nanoTime());
    }

    /** Cancels a running query and returns its state afterwards; an error says why Panther refused. */
    public QueryState cancel(String queryId) {
        control.cancel(queryId).ifPresent(refused -> {
            throw new DataLakeQueryException(queryId, "query " + queryId + " was not cancelled: " + refused);
        });
        return control.state(queryId);
    }

    private ResultsPager pager() {
        return new ResultsPager(connection.client(), options.notReady(), options.patience(), options.sleeper(),
                connection.heap().since());
    }

    private Result run(String label, String rootField, String mutation, Map<String, Object> input) {
        long started = System.nanoTime();
        String id = control.start(rootField, mutation, input);
        return finish(label, id, started);
    }

    private Result finish(String label, String id, long started) {
        try (NotebookHost.Progress progress = host.progress()) {
            new QueryPoller(control, options.polling(), options.sleeper()).awaitSuccess(id, options.timeout(), progress);
            PagedResults<ResultTable> paged = pager().fetch(id, options.limit(), (pages, rows) -> progress.update(
                    String.format(Locale.ROOT, "query %s: page %d, %,d rows", id, pages, rows)));
            return JobReport.of(label, id, connection.endpoint().uri().getHost(), paged,
                    Duration.ofNanos(System.nanoTime() - started), options);
        }
    }
}
