package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.PantherException;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.paging.Fetched;
import dev.pantherkernel.magics.paging.PageListener;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Follows every results page of a succeeded query. Pages are fetched and parsed on a worker thread, and page n+1
 * is requested as soon as page n is in, while this thread adds page n to the table. A page that is not ready
 * ({@code tryAgain}) is asked for again after a growing wait. An interrupt, or an error after the first page, stops
 * paging and keeps the rows so far (the {@link Fetched} says which).
 */
final class ResultsPager {

    private final PantherClient client;
    private final Backoff notReady;
    private final Duration patience;
    private final ClientOptions.Sleeper sleeper;

    /** @param patience how long one page may stay not ready before paging gives up */
    ResultsPager(PantherClient client, Backoff notReady, Duration patience, ClientOptions.Sleeper sleeper) {
        this.client = client;
        this.notReady = notReady;
        this.patience = patience;
        this.sleeper = sleeper;
    }

    /** @param limit the most rows to keep; 0 for all */
    PagedResults fetch(String queryId, long limit, PageListener listener) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "panther-results-" + queryId);
            t.setDaemon(true);
            return t;
        });
        try {
            return new Run(queryId, limit, listener, worker).pages();
        } finally {
            worker.shutdownNow();
        }
    }

    /** The state of one paging run. */
    private final class Run {
        private final String queryId;
        private final long limit;
        private final PageListener listener;
        private final ExecutorService worker;
        private ResultTable table = ResultTable.none();
        private ColumnLayout layout;
        private ResultStats stats = ResultStats.NONE;
        private int pages;

        Run(String queryId, long limit, PageListener listener, ExecutorService worker) {
            this.queryId = queryId;
            this.limit = limit;
            this.listener = listener;
            this.worker = worker;
        }

        PagedResults pages() {
            String cursor = null;
            Future<ResultsPage> next = request(null, 0);
            Duration wait = notReady.first();
            long notReadySince = 0;
            while (true) {
                ResultsPage page;
                try {
                    page = next.get();
                } catch (InterruptedException e) {
                    next.cancel(true);
                    Thread.currentThread().interrupt();
                    return end(false, true, null);
                } catch (ExecutionException e) {
                    PantherException failure = failure(e);
                    if (pages == 0 && failure instanceof DataLakeQueryException) {
                        throw failure;
                    }
                    if (pages == 0) {
                        throw new DataLakeQueryException(queryId, "query " + queryId + ": results page 1 failed: "
                                + failure.getMessage() + "; `%panther attach " + queryId + "` tries again", failure);
                    }
                    return end(false, false, failure);
                }
                if (page.tryAgain()) {
                    notReadySince = notReadySince == 0 ? System.nanoTime() : notReadySince;
                    Duration waited = Duration.ofNanos(System.nanoTime() - notReadySince);
                    if (waited.compareTo(patience) >= 0) {
                        return end(false, false, new PantherException("results page " + (pages + 1) + " of query " + queryId
                                + " was still not ready after " + Quantities.duration(patience)
                                + " (tryAgain); `%panther attach " + queryId + "` asks again"));
                    }
                    try {
                        sleeper.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return end(false, true, null);
                    }
                    wait = notReady.next(wait, waited);
                    next = request(cursor, table.rowCount());
                    continue;
                }
                notReadySince = 0;
                wait = notReady.first();
                pages++;
                stats = page.stats();
                layout = page.rows().layout();
                if (pages == 1) {
                    table = ResultTable.like(page.rows());
                }
                long room = limit > 0 ? limit - table.rowCount() : Long.MAX_VALUE;
                int take = (int) Math.min(page.size(), room);
                boolean more = page.hasNextPage();
                boolean full = limit > 0 && table.rowCount() + take >= limit;
                boolean advance = more && !full && page.endCursor() != null && !Objects.equals(page.endCursor(), cursor);
                if (advance) {
                    cursor = page.endCursor();
                    next = request(cursor, table.rowCount() + page.size());
                }
                table.append(page.rows(), take);
                listener.pageFetched(pages, table.rowCount());
                if (full || !more) {
                    return end(full && (take < page.size() || more), false, null);
                }
                if (!advance) {
                    return end(false, false, new PantherException("Panther said query " + queryId
                            + " has another results page but gave no new cursor; stopped after " + pages + " pages"));
                }
            }
        }

        private Future<ResultsPage> request(String cursor, long firstRow) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", queryId);
            variables.put("cursor", cursor);
            GraphQLRequest request = GraphQLRequest.query("dataLakeQuery", DataLakeOperations.RESULTS, variables);
            ResultsPageReader reader = new ResultsPageReader(queryId, layout, firstRow);
            return worker.submit(() -> client.execute(request, reader));
        }

        private PagedResults end(boolean truncated, boolean interrupted, PantherException failure) {
            return new PagedResults(table, new Fetched(pages, table.rowCount(), truncated, interrupted, failure), stats);
        }
    }

    private static PantherException failure(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof PantherException panther) {
            return panther;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("fetching a results page failed: " + cause, cause);
    }
}
