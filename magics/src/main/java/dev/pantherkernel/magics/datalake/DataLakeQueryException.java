package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.core.PantherException;

/** A data lake query ended without results: it failed, was cancelled, or ran past its timeout. */
public final class DataLakeQueryException extends PantherException {

    private final String queryId;

    DataLakeQueryException(String queryId, String message) {
        this(queryId, message, null);
    }

    DataLakeQueryException(String queryId, String message, Throwable cause) {
        super(message, cause);
        this.queryId = queryId;
    }

    /** The query's id, for {@code %panther attach} or Panther's console. */
    public String queryId() {
        return queryId;
    }
}
