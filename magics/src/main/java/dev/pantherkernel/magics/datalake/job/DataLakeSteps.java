package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.client.Backoff;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.datalake.result.PageConversion;
import dev.pantherkernel.magics.datalake.result.ResultsPager;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.session.NotebookHost;

import java.io.InputStream;
import java.time.Duration;
import java.util.Map;

/**
 * The data lake engine's steps one at a time, for the benchmarks (bench/) that time them apart: start a query, await
 * it with a given backoff, fetch one results page's bytes, page a whole result as {@code %%panther sql} does, and
 * turn page bytes into a Table as the pager does ({@link PageConversion}). The kernel does not use it: it is the
 * public door to the engine's package-private classes, so that the benchmarks live in a package of their own.
 */
@PublicApi
public final class DataLakeSteps {

    /** The rows of a full results page: the engine asks for pages of this size. */
    public static final int PAGE_SIZE = ResultsPager.PAGE_SIZE;

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
        return client.execute(ResultsPager.pageRequest(queryId, cursor), InputStream::readAllBytes);
    }

    /** Every page of a succeeded query, fetched and converted side by side as {@code %%panther sql} does; its rows. */
    public long pageAll(String queryId) {
        return new ResultsPager(client, Backoff.tryAgain(), Duration.ofMinutes(1), ClientOptions.Sleeper.REAL, HeapWatch.none().since())
                .fetch(queryId, 0, (pages, rows) -> { }).table().rowCount();
    }
}
