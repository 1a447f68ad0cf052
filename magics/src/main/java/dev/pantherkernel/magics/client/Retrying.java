package dev.pantherkernel.magics.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tries a query again after a transient failure, waiting longer each time (exponential, with jitter, and what
 * Retry-After asks). A mutation is never tried twice: it might have taken effect before the failure.
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

    <T> T run(GraphQLRequest request, Attempt<T> attempt) throws InterruptedException {
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                return attempt.run();
            } catch (RetryableFault fault) {
                if (request.mutation()) {
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
