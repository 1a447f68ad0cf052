package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.datalake.result.ResultsPager;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.datalake.result.DataLakeQueryException;
import dev.pantherkernel.magics.datalake.result.PagedResults;
import dev.pantherkernel.magics.datalake.result.ResultStats;
import dev.pantherkernel.magics.datalake.result.ResultTable;
import dev.pantherkernel.magics.datalake.sql.TimePartitions;
import dev.pantherkernel.magics.memory.HeapLevel;
import dev.pantherkernel.magics.memory.HeapLowException;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.paging.Fetched;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.table.Result;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A query split into time partitions ({@link TimePartitions}), run: every partition's query started at once, each
 * awaited and paged on a thread of its own (with the pager's own pipelining), and their rows joined, in the plan's
 * order, into one table. The footer says how it was split and sums what they scanned; the result keeps every
 * query's id. An interrupt cancels the queries still running and keeps the rows fetched; a partition that fails keeps
 * the other partitions' rows, as a partial result that names it. The heap running low stops the job like an interrupt (partitions still waiting for their
 * query cancel it, those paging stop), and the rows so far are a partial result that says so.
 */
final class PartitionedJob {

    /** How long the partitions may take to wind down after an interrupt before their rows are joined. */
    private static final Duration WIND_DOWN = Duration.ofSeconds(20);

    private final Connection connection;
    private final NotebookHost host;
    private final JobOptions options;

    public PartitionedJob(Connection connection, NotebookHost host, JobOptions options) {
        this.connection = connection;
        this.host = host;
        this.options = options;
    }

    /**
     * Runs every query of {@code plan} in {@code database} (the server's name for it) and joins their rows; {@code sent}
     * tells where partition i's SQL came from, for an error Panther places in it.
     */
    public Result run(TimePartitions.Plan plan, String database, IntFunction<SqlFailure.Sent> sent) {
        long started = System.nanoTime();
        HeapWatch.Since heap = connection.heap().since();
        List<String> queries = plan.queries();
        int count = queries.size();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(count, r -> {
            Thread t = new Thread(r, "panther-partition-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Partition[] partitions = new Partition[count];
        List<Future<PagedResults<ResultTable>>> parts = new ArrayList<>();
        boolean interrupted = false;
        try (NotebookHost.Progress progress = host.progress()) {
            Tally tally = new Tally(progress, count);
            for (int i = 0; i < count; i++) {
                partitions[i] = new Partition(i, queries.get(i), database, tally, heap, sent.apply(i));
                parts.add(pool.submit(partitions[i]::fetch));
            }
            for (Future<PagedResults<ResultTable>> part : parts) {
                try {
                    part.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    break;
                } catch (ExecutionException failed) {
                    // collected with the others below
                }
            }
            if (interrupted) {
                for (Partition partition : partitions) {
                    partition.stop();
                }
            }
            return report(plan, partitions, collect(plan, parts, partitions, interrupted, heap), started);
        } finally {
            pool.shutdown(); // a partition still starting cancels its query itself (stop()): never cut it off
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * One partition's query, started, awaited and paged on a thread of its own. An interrupt reaches it only once
     * its query has an id (an interrupted start could leave a query running that nothing would cancel); stopped
     * before that, it cancels its query itself as soon as the start returns.
     */
    private final class Partition {
        private final int index;
        private final String sql;
        private final String database;
        private final Tally tally;
        private final HeapWatch.Since heap;
        private final SqlFailure.Sent sent;
        private volatile String id;
        private volatile Thread thread;
        private volatile boolean stopped;

        Partition(int index, String sql, String database, Tally tally, HeapWatch.Since heap, SqlFailure.Sent sent) {
            this.index = index;
            this.sent = sent;
            this.sql = sql;
            this.database = database;
            this.tally = tally;
            this.heap = heap;
        }

        PagedResults<ResultTable> fetch() {
            thread = Thread.currentThread();
            QueryControl control = new QueryControl(connection.client());
            Map<String, Object> input = database == null ? Map.of("sql", sql) : Map.of("sql", sql, "databaseName", database);
            if (stopped || heap.ranLow().isPresent()) {
                throw new DataLakeQueryException(null, "time partition " + (index + 1) + " was not started: "
                        + (stopped ? "interrupted" : "the heap ran low"));
            }
            id = control.start("executeDataLakeQuery", JobOperations.EXECUTE, input);
            if (stopped) {
                control.cancel(id);
                throw new DataLakeQueryException(id, "cancelled query " + id);
            }
            try {
                new QueryPoller(control, options.polling(), this::sleepUnlessStopped).awaitSuccess(id, options.timeout(),
                        NotebookHost.Progress.NONE);
            } catch (DataLakeQueryException e) {
                throw SqlFailure.placed(e, sent);
            }
            PagedResults<ResultTable> paged = new ResultsPager(connection.client(), options.notReady(), options.patience(),
                    this::sleepUnlessStopped, heap).fetch(id, 0, (pages, rows) -> {
                        tally.page(index, rows);
                        if (stopped) {
                            Thread.currentThread().interrupt(); // the pager stops before the next page
                        }
                    });
            tally.done(index);
            return paged;
        }

        /**
         * Sleeps between polls (and before a page asked for again), unless the partition was stopped: an interrupt
         * that a call in flight swallowed must not leave the partition polling until its query ends. The heap running
         * low stops it the same way, so that a query still running is cancelled, as an interrupt cancels it.
         */
        private void sleepUnlessStopped(Duration duration) throws InterruptedException {
            if (stopped || heap.ranLow().isPresent()) {
                throw new InterruptedException();
            }
            options.sleeper().sleep(duration);
            if (stopped || heap.ranLow().isPresent()) {
                throw new InterruptedException();
            }
        }

        /** Interrupts the partition if its query has an id; else it cancels the query when the start returns. */
        void stop() {
            stopped = true;
            Thread running = thread;
            if (id != null && running != null) {
                running.interrupt();
            }
        }

        String id() {
            return id;
        }
    }

    /**
     * The partitions' rows joined in order; what stopped any of them is kept for the report. When the heap ran low, a
     * partition stopped for it (cancelled, not started, or paging cut short) is no failure: the heap is what the
     * report names.
     */
    private static PagedResults<ResultTable> collect(TimePartitions.Plan plan, List<Future<PagedResults<ResultTable>>> parts,
                                        Partition[] partitions, boolean interrupted, HeapWatch.Since heap) {
        Optional<HeapLevel> low = interrupted ? Optional.empty() : heap.ranLow();
        boolean cutByHeap = false;
        List<ResultTable> tables = new ArrayList<>();
        int pages = 0;
        long rows = 0;
        boolean stopped = interrupted;
        PantherException failure = null;
        int failed = 0;
        double bytes = 0;
        double executionMillis = 0;
        long rowCount = 0;
        for (int i = 0; i < parts.size(); i++) {
            PagedResults<ResultTable> part;
            try {
                part = parts.get(i).get(interrupted ? WIND_DOWN.toMillis() : 0, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                rowCount = -1;
                if (low.isPresent()) {
                    cutByHeap = true;
                    continue;
                }
                // after an interrupt, a partition's query was cancelled on purpose: that is no failure
                if (!interrupted && ++failed == parts.size() && e.getCause() instanceof PantherException same) {
                    throw same; // every partition failed (the SQL, say): the error of one says it
                }
                if (failure == null && !interrupted) {
                    failure = failed(plan, i, partitions[i].id(), e.getCause());
                }
                continue;
            } catch (InterruptedException | TimeoutException e) {
                stopped = true;
                rowCount = -1;
                continue;
            }
            tables.add(part.table());
            pages += part.fetched().pages();
            rows += part.fetched().rows();
            PantherException stoppedBy = part.fetched().failure();
            if (low.isPresent() && (part.fetched().interrupted() || stoppedBy instanceof HeapLowException)) {
                cutByHeap = true;
            } else {
                stopped |= part.fetched().interrupted();
                if (failure == null && stoppedBy != null) {
                    failure = failed(plan, i, partitions[i].id(), stoppedBy);
                }
            }
            bytes += part.stats().bytesScanned();
            executionMillis = Math.max(executionMillis, part.stats().executionMillis());
            rowCount = rowCount < 0 || part.stats().rowCount() < 0 ? -1 : rowCount + part.stats().rowCount();
        }
        if (cutByHeap) {
            failure = new HeapLowException(low.get());
        }
        return new PagedResults<>(ResultTable.joined(tables), new Fetched(pages, rows, false, stopped, failure),
                new ResultStats(bytes, executionMillis, rowCount));
    }

    private static PantherException failed(TimePartitions.Plan plan, int part, String id, Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        String message = cause instanceof PantherException ? cause.getMessage() : String.valueOf(cause);
        return new PantherException("time partition " + (part + 1) + " of " + plan.queries().size()
                + (id == null ? "" : " (query " + id + ")") + " failed: " + message, cause);
    }

    /**
     * The joined result. Its footer says in a few words how it was split (the plan's), not every query's id: those
     * are in the result's {@link Result#queryIds()}, and an error names the partition's query it is about.
     */
    private Result report(TimePartitions.Plan plan, Partition[] partitions, PagedResults<ResultTable> paged, long started) {
        List<String> ids = new ArrayList<>();
        for (Partition partition : partitions) {
            if (partition.id() != null) {
                ids.add(partition.id());
            }
        }
        String footer = plan.footer() != null ? plan.footer() : "split in " + partitions.length + " by time";
        JobReport.Queries queries = new JobReport.Queries(List.of(footer), ids, partitions.length + " partition queries",
                "running the cell again", true);
        return JobReport.of("sql", queries, connection.endpoint().uri().getHost(), paged,
                Duration.ofNanos(System.nanoTime() - started), options);
    }

    /** Progress across the partitions: how many finished, pages and rows so far. */
    private static final class Tally {
        private final NotebookHost.Progress progress;
        private final int count;
        private final long[] rows;
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicLong pages = new AtomicLong();

        Tally(NotebookHost.Progress progress, int count) {
            this.progress = progress;
            this.count = count;
            this.rows = new long[count];
        }

        synchronized void page(int part, long rowsSoFar) {
            rows[part] = rowsSoFar;
            pages.incrementAndGet();
            show();
        }

        synchronized void done(int part) {
            done.incrementAndGet();
            show();
        }

        private void show() {
            long total = 0;
            for (long r : rows) {
                total += r;
            }
            progress.update(String.format(Locale.ROOT, "%d time partitions: %d done, %,d pages, %,d rows", count,
                    done.get(), pages.get(), total));
        }
    }
}
