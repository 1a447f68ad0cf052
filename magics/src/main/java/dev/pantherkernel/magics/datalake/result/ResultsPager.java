package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.client.Backoff;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.Quantities;
import dev.pantherkernel.magics.memory.HeapLevel;
import dev.pantherkernel.magics.memory.HeapLowException;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.paging.Fetched;
import dev.pantherkernel.magics.paging.PageListener;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Follows every results page of a succeeded query. Pages are fetched and parsed on worker threads: page n+1 is
 * requested as soon as page n's {@code pageInfo} has been read, before its rows, so Panther prepares page n+1 while
 * page n is read into columns (its reader starts once page n is complete), and this thread adds each page to the
 * table while the next is read. A page that is not ready
 * ({@code tryAgain}) is asked for again after a growing wait. An interrupt, or an error after the first page, stops
 * paging and keeps the rows so far (the {@link Fetched} says which). So does the heap running low while the rows go
 * into memory ({@link HeapWatch}; a file being written is not stopped): then the pages asked for early are dropped.
 * The data lake job's one way into this package's page reading: what the pages are read into stays inside it.
 */
@Internal
public final class ResultsPager {

    /** The rows of a full results page: the pager asks for pages of this size. */
    public static final int PAGE_SIZE = ResultsOperation.PAGE_SIZE;

    private final PantherClient client;
    private final Backoff notReady;
    private final Duration patience;
    private final ClientOptions.Sleeper sleeper;
    private final HeapWatch.Since heap;

    /**
     * @param patience how long one page may stay not ready before paging gives up
     * @param heap     the heap running low after this point stops paging into memory
     */
    public ResultsPager(PantherClient client, Backoff notReady, Duration patience, ClientOptions.Sleeper sleeper,
                        HeapWatch.Since heap) {
        this.client = client;
        this.notReady = notReady;
        this.patience = patience;
        this.sleeper = sleeper;
        this.heap = heap;
    }

    /** @param limit the most rows to keep; 0 for all */
    public PagedResults<ResultTable> fetch(String queryId, long limit, PageListener listener) {
        return fetch(queryId, limit, listener, ResultTable.none());
    }

    /** Every page into {@code target}; {@code limit} is the most rows to take, 0 for all. */
    public <T extends PageTarget> PagedResults<T> fetch(String queryId, long limit, PageListener listener, T target) {
        // two threads: one reads page n while the other has page n+1 on its way
        ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "panther-results-" + queryId);
            t.setDaemon(true);
            return t;
        });
        try {
            return new Run<>(queryId, limit, listener, workers, target).pages();
        } finally {
            workers.shutdownNow();
            // a page asked for early may still be read when paging stops: let it end before the table is made
            try {
                workers.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Every page to {@code sink} as it arrives, keeping none; {@code limit} is the most rows to take, 0 for all. */
    public PagedResults<?> stream(String queryId, long limit, PageListener listener, ResultSink sink) {
        return fetch(queryId, limit, listener, new StreamedPages(sink));
    }

    /** The request for the results page of {@code queryId} at {@code cursor} (null for the first page). */
    public static GraphQLRequest pageRequest(String queryId, String cursor) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", queryId);
        variables.put("cursor", cursor);
        return GraphQLRequest.query("dataLakeQuery", ResultsOperation.RESULTS, variables);
    }

    /** The most pages asked for early and not yet added to the table, so that memory stays bounded. */
    private static final int MAX_AHEAD = 2;

    /** Where a page starts: the columns known so far and the number of rows before it. */
    private record Start(ColumnLayout layout, long firstRow) {
    }

    /** A page asked for before the page that names it was complete. */
    private record EarlyRequest(String cursor, Future<ResultsPage> page) {
    }

    /** The state of one paging run. */
    private final class Run<T extends PageTarget> {
        private final String queryId;
        private final long limit;
        private final PageListener listener;
        private final ExecutorService workers;
        private final T table;
        private ColumnLayout layout;
        private ResultStats stats = ResultStats.NONE;
        private int pages;
        /** Pages asked for early, by the cursor of the page that named them (null for the first page). */
        private final Map<String, EarlyRequest> early = new HashMap<>();
        /** The cursor of the page asked for last (null for the first page) and that request. */
        private String cursor;
        private Future<ResultsPage> next;
        /** The next wait after a tryAgain, and since when the page has not been ready (0: it was). */
        private Duration wait;
        private long notReadySince;

        Run(String queryId, long limit, PageListener listener, ExecutorService workers, T table) {
            this.table = table;
            this.queryId = queryId;
            this.limit = limit;
            this.listener = listener;
            this.workers = workers;
        }

        /** Every page, one round at a time, until a round says how the run ends. */
        PagedResults<T> pages() {
            next = request(null, new Start(null, 0));
            wait = notReady.first();
            PagedResults<T> ended = null;
            while (ended == null) {
                ended = round();
            }
            return ended;
        }

        /** Waits for the page asked for and hands it on; null when the run goes on. */
        private PagedResults<T> round() {
            if (Thread.currentThread().isInterrupted()) {
                // a page asked for early may be complete already, and Future.get() then ignores the interrupt
                next.cancel(true);
                return end(false, true, null);
            }
            ResultsPage page;
            try {
                page = next.get();
            } catch (InterruptedException e) {
                next.cancel(true);
                Thread.currentThread().interrupt();
                return end(false, true, null);
            } catch (ExecutionException e) {
                return failed(failure(e));
            }
            return page.tryAgain() ? notYetReady() : taken(page);
        }

        /** Before any rows, the query's own error (thrown); after some, the rows so far and the failure. */
        private PagedResults<T> failed(PantherException failure) {
            if (pages == 0 && failure instanceof DataLakeQueryException) {
                throw failure;
            }
            if (pages == 0) {
                throw new DataLakeQueryException(queryId, "query " + queryId + ": results page 1 failed: "
                        + failure.getMessage() + "; `%panther attach " + queryId + "` tries again", failure);
            }
            return end(false, false, failure);
        }

        /** Panther's tryAgain: wait, backing off, and ask for the same page again, until the patience runs out. */
        private PagedResults<T> notYetReady() {
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
            next = request(cursor, new Start(layout, table.rowCount()));
            return null;
        }

        /**
         * A page that arrived: the next one is asked for (or taken from the early requests) before its rows join
         * the table, up to the limit; the run ends at the limit, at the last page, or when the cursor does not move.
         */
        private PagedResults<T> taken(ResultsPage page) {
            notReadySince = 0;
            wait = notReady.first();
            pages++;
            stats = page.stats();
            layout = page.rows().layout();
            if (pages == 1) {
                table.begin(page.rows());
            }
            long room = limit > 0 ? limit - table.rowCount() : Long.MAX_VALUE;
            int take = (int) Math.min(page.size(), room);
            boolean more = page.hasNextPage();
            boolean full = limit > 0 && table.rowCount() + take >= limit;
            boolean advance = more && !full && page.endCursor() != null && !Objects.equals(page.endCursor(), cursor);
            askNext(page, advance);
            table.append(page.rows(), take);
            listener.pageFetched(pages, table.rowCount());
            if (full || !more) {
                return end(full && (take < page.size() || more), false, null);
            }
            Optional<HeapLevel> low = table.holdsRows() ? heap.ranLow() : Optional.empty();
            if (low.isPresent()) {
                next.cancel(true);
                return end(false, false, new HeapLowException(low.get()));
            }
            if (!advance) {
                return end(false, false, new PantherException("Panther said query " + queryId
                        + " has another results page but gave no new cursor; stopped after " + pages + " pages"));
            }
            return null;
        }

        /** Moves to the page after {@code page} when paging goes on; a page asked for early and not needed is cancelled. */
        private void askNext(ResultsPage page, boolean advance) {
            EarlyRequest sent = takeEarly(cursor);
            if (advance) {
                cursor = page.endCursor();
                if (sent != null && sent.cursor().equals(cursor)) {
                    next = sent.page();
                    sent = null;
                } else {
                    next = request(cursor, new Start(layout, table.rowCount() + page.size()));
                }
            }
            if (sent != null) {
                sent.page().cancel(true);
            }
        }

        private Future<ResultsPage> request(String cursor, Start start) {
            return request(cursor, CompletableFuture.completedFuture(start));
        }

        /**
         * Asks for the page at {@code cursor} on a worker; its rows are read once {@code start} is known (the page
         * before it is complete). The reader may ask for the page after it early, see {@link #sendEarly}.
         */
        private Future<ResultsPage> request(String cursor, CompletableFuture<Start> start) {
            GraphQLRequest request = pageRequest(queryId, cursor);
            CompletableFuture<Start> after = new CompletableFuture<>();
            return workers.submit(() -> {
                try {
                    ResultsPage page = client.execute(request, body -> {
                        Start at = await(start);
                        return new ResultsPageReader(queryId, at.layout(), at.firstRow(),
                                next -> sendEarly(cursor, next, at.firstRow(), after), table.dictionaries()).read(body);
                    });
                    after.complete(new Start(page.rows().layout(), start.join().firstRow() + page.size()));
                    return page;
                } catch (RuntimeException | Error e) {
                    after.completeExceptionally(e);
                    throw e;
                }
            });
        }

        /**
         * The page at {@code cursor}, being read, says the next starts at {@code next}: ask for it now, unless the
         * limit may be reached on this page, the cursor does not move, or two pages are already ahead of the table.
         * A page read again (a retry) says it again: asked once, or asked anew if the cursor changed.
         */
        private synchronized void sendEarly(String cursor, String next, long firstRow, CompletableFuture<Start> after) {
            boolean roomForAFullPage = limit <= 0 || firstRow + ResultsOperation.PAGE_SIZE < limit;
            EarlyRequest sent = early.get(cursor);
            if (!roomForAFullPage || next.equals(cursor) || (sent != null && sent.cursor().equals(next))
                    || (sent == null && early.size() >= MAX_AHEAD)) {
                return;
            }
            if (sent != null) {
                sent.page().cancel(true);
            }
            early.put(cursor, new EarlyRequest(next, request(next, after)));
        }

        /** The page asked for early by the page at {@code cursor}, if any. */
        private synchronized EarlyRequest takeEarly(String cursor) {
            return early.remove(cursor);
        }

        private PagedResults<T> end(boolean truncated, boolean interrupted, PantherException failure) {
            return new PagedResults<>(table, new Fetched(pages, table.rowCount(), truncated, interrupted, failure), stats);
        }
    }

    /** Waits for where a page starts; a failed page before it ends this one too. */
    private static Start await(CompletableFuture<Start> start) throws IOException {
        try {
            return start.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the page before was read");
        } catch (ExecutionException e) {
            throw new CancellationException("the page before failed: " + e.getCause());
        }
    }

    private static PantherException failure(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof PantherException panther) {
            return panther;
        }
        if (cause instanceof OutOfMemoryError) {
            // a page too big for what was left: it is dropped, the rows before it are kept
            Runtime runtime = Runtime.getRuntime();
            return new HeapLowException(new HeapLevel(runtime.totalMemory() - runtime.freeMemory(), runtime.maxMemory()));
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("fetching a results page failed: " + cause, cause);
    }
}
