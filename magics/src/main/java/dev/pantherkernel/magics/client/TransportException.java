package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;

/** Panther could not be reached, or kept failing, after the retries allowed. */
@Internal
public final class TransportException extends ApiException {

    private final String fault;
    private final int attempts;

    public TransportException(String operation, String fault, int attempts, Throwable cause) {
        super(operation, operation + " failed: " + fault
                + (attempts > 1 ? " (after " + attempts + " attempts)" : ""), cause);
        this.fault = fault;
        this.attempts = attempts;
    }

    /** What went wrong, in a few words: "HTTP 503", "connection reset", "truncated JSON response". */
    public String fault() {
        return fault;
    }

    public int attempts() {
        return attempts;
    }
}
