package dev.pantherkernel.emulator.datalake;

import dev.pantherkernel.emulator.auth.ApiToken;
import dev.pantherkernel.emulator.core.ApiException;
import dev.pantherkernel.emulator.datalake.snowflake.SnowflakeFrontEnd;
import dev.pantherkernel.emulator.datalake.snowflake.SnowflakeSqlException;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs data lake queries on a small worker pool and keeps them: results for {@code retention} after
 * they finish (so another connection can page them by id), the history for longer.
 */
public final class QueryJobs implements AutoCloseable {
    private static final int HISTORY_LIMIT = 10_000;

    private final DuckDb db;
    private final Set<String> databases;
    private final Clock clock;
    private final Duration minimumLatency;
    private final Duration retention;
    private final ResultCase resultCase;
    private final Supplier<Catalog> catalog;
    private final ExecutorService workers;
    private final Map<String, QueryJob> jobs = new LinkedHashMap<>();

    /**
     * @param databases  the keys (DuckDB catalogs) of the databases queries may run in
     * @param resultCase the case of the result column names
     */
    public QueryJobs(DuckDb db, Supplier<Catalog> catalog, Set<String> databases, Clock clock, Duration minimumLatency,
            Duration retention, ResultCase resultCase) {
        this.db = db;
        this.catalog = catalog;
        this.databases = Set.copyOf(databases);
        this.clock = clock;
        this.minimumLatency = minimumLatency;
        this.retention = retention;
        this.resultCase = resultCase;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "datalake-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts a user's query, in Snowflake's SQL, in a database named either way ({@code panther_logs},
     * {@code panther_logs.public}); it runs in the background and its id is returned at once.
     */
    public String submit(String sql, String databaseName, ApiToken issuedBy) {
        return start(sql, databaseName, issuedBy, true);
    }

    /** Starts a query the emulator wrote itself in DuckDB's SQL (an indicator search). */
    String submitDuckDb(String sql, String databaseName, ApiToken issuedBy) {
        return start(sql, databaseName, issuedBy, false);
    }

    private String start(String sql, String databaseName, ApiToken issuedBy, boolean snowflake) {
        String database = DatabaseNames.find(databaseName, databases)
                .orElseThrow(() -> ApiException.notFound("database " + databaseName));
        QueryJob job = new QueryJob(UUID.randomUUID().toString(), sql, database, issuedBy, clock.instant(), minimumLatency,
                snowflake);
        synchronized (jobs) {
            forgetOld();
            jobs.put(job.id(), job);
        }
        workers.execute(() -> run(job));
        return job.id();
    }

    public DataLakeQuery get(String id) {
        return job(id).snapshot(clock.instant());
    }

    /** The results of a query that succeeded; null while it has not (yet) succeeded. */
    QueryResults results(String id) {
        QueryJob job = job(id);
        QueryResults results = job.results(clock.instant());
        if (results == null && job.snapshot(clock.instant()).status() == QueryStatus.succeeded) {
            throw ApiException.expired("the results of query " + id + " expired; run the query again");
        }
        return results;
    }

    public void cancel(String id) {
        if (!job(id).cancel(clock.instant())) {
            throw ApiException.invalidInput("query " + id + " is not running");
        }
    }

    /** Every query still in the history, oldest first. */
    public List<DataLakeQuery> history() {
        Instant now = clock.instant();
        synchronized (jobs) {
            List<DataLakeQuery> all = new ArrayList<>(jobs.size());
            jobs.values().forEach(job -> all.add(job.snapshot(now)));
            return all;
        }
    }

    /** Bytes the queries started in [from, to) produced: what the metrics call bytes queried. */
    public double bytesQueried(Instant from, Instant to) {
        synchronized (jobs) {
            return jobs.values().stream()
                    .filter(j -> !j.startedAt().isBefore(from) && j.startedAt().isBefore(to))
                    .map(j -> j.results(clock.instant()))
                    .filter(r -> r != null)
                    .mapToDouble(QueryResults::bytes)
                    .sum();
        }
    }

    private QueryJob job(String id) {
        synchronized (jobs) {
            QueryJob job = jobs.get(id);
            if (job == null) {
                throw ApiException.notFound("query " + id);
            }
            return job;
        }
    }

    private void run(QueryJob job) {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("USE " + SqlLiterals.identifier(job.databaseName()) + ".public");
            SnowflakeFrontEnd.Translation translation = job.isSnowflake()
                    ? new SnowflakeFrontEnd(new CatalogSchemas(catalog.get(), job.databaseName())).translate(job.sql())
                    : new SnowflakeFrontEnd.Translation(job.sql(), Map.of());
            if (!job.attach(s)) {
                return;
            }
            long start = System.nanoTime();
            Rows rows = readRows(c, s, translation, job);
            double millis = (System.nanoTime() - start) / 1e6;
            job.succeed(resultCase.apply(new QueryResults(List.copyOf(rows.types().keySet()), rows.types(), rows.json(),
                    rows.json().bytes(), millis)), clock.instant());
        } catch (SnowflakeSqlException e) {
            job.fail(e.getMessage(), clock.instant());
        } catch (SQLException e) {
            job.fail(EngineErrors.worded(e.getMessage()), clock.instant());
        } catch (RuntimeException e) {
            job.fail(e.getMessage() == null ? e.toString() : e.getMessage(), clock.instant());
        }
    }

    private record Rows(Map<String, String> types, ResultRows json) {}

    /**
     * The result's rows as JSON: written by DuckDB inside the query where it can, else by {@link RowWriter}.
     *
     * @param s the statement the job already holds for a cancel
     */
    private static Rows readRows(Connection c, Statement s, SnowflakeFrontEnd.Translation translation, QueryJob job)
            throws SQLException {
        String sql = translation.sql();
        Optional<String> inQuery = Optional.empty();
        Map<String, String> types = null;
        try (PreparedStatement p = c.prepareStatement(sql)) {
            ResultSetMetaData meta = p.getMetaData();
            types = RowWriter.columns(meta, translation.columnTypes());
            inQuery = JsonInQuery.wrap(sql, meta);
        } catch (SQLException notPreparable) {
            // running it plainly below gives the error a user should see
        }
        if (inQuery.isPresent()) {
            try (ResultRows.Writer rows = ResultRows.writer(); ResultSet rs = s.executeQuery(inQuery.get())) {
                JsonInQuery.readInto(rs, job::isCancelled, rows::add);
                return new Rows(types, rows.finish());
            } catch (SQLException e) {
                if (job.isCancelled()) {
                    throw e;
                }
                // a value this way cannot write (a timestamp outside 1-9999), or SQL that cannot be a subquery
            }
        }
        // DuckDB closes a statement whose query failed: the plain run gets a fresh one, which a cancel must reach
        try (Statement plain = c.createStatement()) {
            job.attach(plain);
            try (ResultRows.Writer rows = ResultRows.writer(); ResultSet rs = plain.executeQuery(sql)) {
                Map<String, String> columns = RowWriter.columns(rs.getMetaData(), translation.columnTypes());
                new RowWriter().readInto(rs, job::isCancelled, rows::add);
                return new Rows(columns, rows.finish());
            }
        }
    }

    /** Drops rows of queries finished longer than the retention ago, and the oldest history past its limit. */
    private void forgetOld() {
        Instant cutoff = clock.instant().minus(retention);
        for (QueryJob job : jobs.values()) {
            Instant done = job.completedAt();
            if (done != null && done.isBefore(cutoff) && job.hasResults()) {
                job.expireResults();
            }
        }
        var oldest = jobs.values().iterator();
        while (jobs.size() >= HISTORY_LIMIT && oldest.hasNext()) {
            oldest.next().expireResults();
            oldest.remove();
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (jobs) {
            jobs.values().forEach(QueryJob::expireResults);
        }
    }
}
