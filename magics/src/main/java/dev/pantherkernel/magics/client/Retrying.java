package dev.pantherkernel.magics.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tries a request again after a transient failure, waiting longer each time (exponential, with jitter, and what
 * Retry-After asks). A mutation is tried again only when the server said it did not act on it (a 429, or a 503 with
 * Retry-After) or the connection was never made; after any other failure (a reset once sent, a timeout, a 500 or
 * 502) it might have taken effect, so it is not sent twice.
 */
final class Retrying {

    private static final Logger LOG = LoggerFactory.getLogger(Retrying.class);

    private final ClientOptions options;
    private final Redactor redactor;

    Retrying(ClientOptions options, Redactor redactor) {
        this.options = options;
        this.redactor = redactor;
    }

    interface Attempt<T> {
        T run() throws RetryableFault, InterruptedException;
    }

    <T> T run(ApiRequest request, Attempt<T> attempt) throws InterruptedException {
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                return attempt.run();
            } catch (RetryableFault fault) {
                if (request.mutation() && !fault.notActedOn()) {
                    throw new TransportException(request.operation(), fault.fault()
                            + "; a mutation is not sent again automatically, check whether it took effect", 1, fault);
                }
                if (attempts >= options.maxAttempts()) {
                    throw new TransportException(request.operation(), fault.fault(), attempts, fault);
                }
                Duration wait = delay(attempts, fault.retryAfter());
                LOG.info("{}: {}; trying again in {} ms (attempt {} of {})", request.operation(),
                        redactor.redact(fault.fault()), wait.toMillis(), attempts + 1, options.maxAttempts());
                options.sleeper().sleep(wait);
            }
        }
    }

    /** Exponential backoff with "equal jitter", or the server's Retry-After when it is longer. */
    Duration delay(int failedAttempts, Duration retryAfter) {
        long cap = options.maxBackoff().toMillis();
        long exponential = Math.min(cap, options.firstBackoff().toMillis() << Math.min(20, failedAttempts - 1));
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        if (retryAfter != null) {
            long asked = Math.min(retryAfter.toMillis(), options.maxRetryAfter().toMillis());
            return Duration.ofMillis(Math.max(asked, jittered));
        }
        return Duration.ofMillis(jittered);
    }
}
