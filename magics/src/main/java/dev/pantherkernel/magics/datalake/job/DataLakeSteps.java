package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.datalake.result.ColumnLayout;
import dev.pantherkernel.magics.datalake.result.ResultTable;
import dev.pantherkernel.magics.datalake.result.ResultsOperation;
import dev.pantherkernel.magics.datalake.result.ResultsPage;
import dev.pantherkernel.magics.datalake.result.ResultsPageReader;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.session.NotebookHost;
import tech.tablesaw.api.Table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The data lake engine's steps one at a time, for the benchmarks (bench/) that time them apart: start a query, await
 * it with a given backoff, fetch one results page's bytes, page a whole result as {@code %%panther sql} does, and
 * turn page bytes into a Table as the pager does ({@link Conversion}). The kernel does not use it: it is the one
 * public door to the engine's package-private classes, so that the benchmarks live in a package of their own.
 */
@PublicApi
public final class DataLakeSteps {

    /** The rows of a full results page: the engine asks for pages of this size. */
    public static final int PAGE_SIZE = ResultsOperation.PAGE_SIZE;

    private final PantherClient client;
    private final QueryControl control;

    public DataLakeSteps(PantherClient client) {
        this.client = client;
        this.control = new QueryControl(client);
    }

    /** Starts {@code sql} with {@code executeDataLakeQuery} and returns the query's id. */
    public String start(String sql) {
        return control.start("executeDataLakeQuery", JobOperations.EXECUTE, Map.of("sql", sql));
    }

    /** Polls the query with {@code backoff} ({@link Backoff#polling()} is the engine's) until it succeeded. */
    public QueryState awaitSuccess(String queryId, Backoff backoff, Duration timeout) {
        return new QueryPoller(control, backoff, ClientOptions.Sleeper.REAL).awaitSuccess(queryId, timeout,
                NotebookHost.Progress.NONE);
    }

    /** One results page as Panther sent it, the bytes of the whole reply; {@code cursor} null for the first page. */
    public byte[] page(String queryId, String cursor) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", queryId);
        variables.put("cursor", cursor);
        return client.execute(GraphQLRequest.query("dataLakeQuery", ResultsOperation.RESULTS, variables),
                InputStream::readAllBytes);
    }

    /** Every page of a succeeded query, fetched and converted side by side as {@code %%panther sql} does; its rows. */
    public long pageAll(String queryId) {
        return new ResultsPager(client, Backoff.tryAgain(), Duration.ofMinutes(1), ClientOptions.Sleeper.REAL, HeapWatch.none().since())
                .fetch(queryId, 0, (pages, rows) -> { }).table().rowCount();
    }

    /**
     * Page bytes into typed columns and a Table, the way the pager converts each page it fetched: every page read
     * with the columns of the pages before it, its texts into the result's dictionaries, and the Table made once.
     */
    public static final class Conversion {

        private final String queryId;
        private final ResultTable table = ResultTable.none();
        private ColumnLayout layout;

        /** @param queryId named in the errors of a page that cannot be read */
        public Conversion(String queryId) {
            this.queryId = queryId;
        }

        /** Reads the next page into the result; returns its rows. */
        public int add(byte[] page) throws IOException {
            ResultsPage read = new ResultsPageReader(queryId, layout, table.rowCount(), next -> { }, table.dictionaries())
                    .read(new ByteArrayInputStream(page));
            if (layout == null) {
                table.begin(read.rows());
            }
            layout = read.rows().layout();
            table.append(read.rows(), read.size());
            return read.size();
        }

        /**
         * Reads a page on its own into typed columns (with the columns of the pages added so far, its texts into
         * dictionaries of its own) without adding it; returns the page read, for a benchmark to consume.
         */
        public Object readAlone(byte[] page) throws IOException {
            return new ResultsPageReader(queryId, layout, 0).read(new ByteArrayInputStream(page));
        }

        public long rowCount() {
            return table.rowCount();
        }

        /** The Table of every page added, made on the first call. */
        public Table table(String name) {
            return table.table(name);
        }
    }
}
