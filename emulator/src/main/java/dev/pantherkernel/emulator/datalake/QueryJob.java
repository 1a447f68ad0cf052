package dev.pantherkernel.emulator.datalake;

import dev.pantherkernel.emulator.auth.ApiToken;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * One data lake query moving through running -> succeeded / failed / cancelled. A finished query
 * still shows as running until its minimum latency has passed, so clients really have to poll.
 */
final class QueryJob {
    private final String id;
    private final String sql;
    private final String databaseName;
    private final ApiToken issuedBy;
    private final Instant startedAt;
    private final Instant visibleAt;
    private final boolean snowflake;

    private QueryStatus status = QueryStatus.running;
    private String message = "query is running";
    private Instant completedAt;
    private QueryResults results;
    private Statement statement;

    /** @param snowflake whether {@code sql} is a user's Snowflake SQL, or DuckDB SQL the emulator wrote */
    QueryJob(String id, String sql, String databaseName, ApiToken issuedBy, Instant startedAt, Duration minimumLatency,
            boolean snowflake) {
        this.snowflake = snowflake;
        this.id = id;
        this.sql = sql;
        this.databaseName = databaseName;
        this.issuedBy = issuedBy;
        this.startedAt = startedAt;
        this.visibleAt = startedAt.plus(minimumLatency);
    }

    String id() {
        return id;
    }

    String sql() {
        return sql;
    }

    boolean isSnowflake() {
        return snowflake;
    }

    String databaseName() {
        return databaseName;
    }

    Instant startedAt() {
        return startedAt;
    }

    synchronized DataLakeQuery snapshot(Instant now) {
        boolean done = status != QueryStatus.running && (status == QueryStatus.cancelled || !now.isBefore(visibleAt));
        return done
                ? new DataLakeQuery(id, sql, status, message, startedAt, completedAt, issuedBy, null)
                : new DataLakeQuery(id, sql, QueryStatus.running, "query is running", startedAt, null, issuedBy, null);
    }

    /** The results, once the query visibly succeeded. */
    synchronized QueryResults results(Instant now) {
        return snapshot(now).status() == QueryStatus.succeeded ? results : null;
    }

    synchronized boolean isCancelled() {
        return status == QueryStatus.cancelled;
    }

    /** Remembers the statement that runs the query, so a cancel can interrupt it; false if already cancelled. */
    synchronized boolean attach(Statement running) {
        statement = running;
        return status != QueryStatus.cancelled;
    }

    /** The query succeeded with {@code value}; a query cancelled meanwhile frees it instead. */
    synchronized void succeed(QueryResults value, Instant at) {
        if (status == QueryStatus.running) {
            status = QueryStatus.succeeded;
            message = "query succeeded";
            results = value;
            completedAt = later(at);
        } else {
            value.close();
        }
    }

    synchronized void fail(String error, Instant at) {
        if (status == QueryStatus.running) {
            status = QueryStatus.failed;
            message = error;
            completedAt = later(at);
        }
    }

    /** Stops the query if it still looks running to clients; false otherwise. */
    synchronized boolean cancel(Instant now) {
        if (snapshot(now).status() != QueryStatus.running) {
            return false;
        }
        status = QueryStatus.cancelled;
        message = "query was cancelled";
        results = null;
        completedAt = now;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException e) {
                // the statement finished in the meantime: nothing left to stop
            }
        }
        return true;
    }

    /** Frees the rows of a finished query; it stays in the history. */
    synchronized void expireResults() {
        if (results != null) {
            results.close();
        }
        results = null;
        if (status == QueryStatus.succeeded) {
            message = "results expired";
        }
    }

    synchronized boolean hasResults() {
        return results != null;
    }

    synchronized Instant completedAt() {
        return completedAt;
    }

    private Instant later(Instant at) {
        return at.isBefore(visibleAt) ? visibleAt : at;
    }
}
