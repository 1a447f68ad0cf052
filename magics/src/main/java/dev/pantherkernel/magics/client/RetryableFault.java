package dev.pantherkernel.magics.client;

import java.time.Duration;

/** A failure in transit that a query may try again after (a 503, a reset connection, a cut-off body). */
final class RetryableFault extends Exception {

    private final String fault;
    private final Duration retryAfter;

    RetryableFault(String fault, Duration retryAfter, Throwable cause) {
        super(fault, cause, false, false);
        this.fault = fault;
        this.retryAfter = retryAfter;
    }

    String fault() {
        return fault;
    }

    /** What the server asked us to wait, when it said (Retry-After); null otherwise. */
    Duration retryAfter() {
        return retryAfter;
    }
}
