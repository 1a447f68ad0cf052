package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

import java.util.List;

/** A data lake query ended without results: it failed, was cancelled, or ran past its timeout. */
@Internal
public final class DataLakeQueryException extends PantherException {

    private final String queryId;
    private final String reason;
    private final String sql;

    public DataLakeQueryException(String queryId, String message) {
        this(queryId, message, (Throwable) null);
    }

    public DataLakeQueryException(String queryId, String message, Throwable cause) {
        super(message, cause);
        this.queryId = queryId;
        this.reason = null;
        this.sql = null;
    }

    /**
     * A query that failed in Panther.
     *
     * @param reason Panther's message about it (a SQL error, say)
     * @param sql    the SQL Panther ran, as it reports it (for a search, the SQL it generated); may be blank
     */
    public DataLakeQueryException(String queryId, String message, String reason, String sql) {
        super(message);
        this.queryId = queryId;
        this.reason = reason;
        this.sql = sql;
    }

    /** The same failure told again, with lines to show under the message (the SQL with the place marked). */
    private DataLakeQueryException(DataLakeQueryException failure, String message, List<String> details) {
        super(message, details);
        this.queryId = failure.queryId;
        this.reason = failure.reason;
        this.sql = failure.sql;
        initCause(failure);
    }

    public DataLakeQueryException retold(String message, List<String> details) {
        return new DataLakeQueryException(this, message, details);
    }

    /** The query's id, for {@code %panther attach} or Panther's console. */
    public String queryId() {
        return queryId;
    }

    /** Panther's own message when the query failed there; null when it ended otherwise (cancelled, timed out). */
    public String reason() {
        return reason;
    }

    /** The SQL Panther says it ran, when it failed there; may be null or blank. */
    public String sql() {
        return sql;
    }
}
