package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;
import java.time.Duration;

/**
 * A failure in transit that a query may try again after (a 503, a reset connection, a cut-off body). Only some say
 * the server did not act on the request (a 429, a 503 with Retry-After, a connection never made): those are safe to
 * send again even for a mutation; after the others a mutation may have taken effect. Public because a {@link Transport}
 * step outside this package passes it on; only this package makes and reads one.
 */
@Internal
public final class RetryableFault extends Exception {

    private final String fault;
    private final Duration retryAfter;
    private final boolean notActedOn;

    RetryableFault(String fault, Duration retryAfter, Throwable cause) {
        this(fault, retryAfter, false, cause);
    }

    /** @param notActedOn the server certainly did not act on the request */
    RetryableFault(String fault, Duration retryAfter, boolean notActedOn, Throwable cause) {
        super(fault, cause, false, false);
        this.fault = fault;
        this.retryAfter = retryAfter;
        this.notActedOn = notActedOn;
    }

    String fault() {
        return fault;
    }

    /** What the server asked us to wait, when it said (Retry-After); null otherwise. */
    Duration retryAfter() {
        return retryAfter;
    }

    /** True when the server certainly did not act on the request, so a mutation may be sent again. */
    boolean notActedOn() {
        return notActedOn;
    }
}
