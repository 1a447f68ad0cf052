package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.PublicApi;
import java.time.Duration;

/**
 * How long to wait between checks: {@code first}, then {@code early} while less than {@code earlyPhase} has passed
 * (short queries are seen soon after they finish), then each wait {@code growth} times the last, up to {@code max}.
 */
@PublicApi
public record Backoff(Duration first, Duration early, Duration earlyPhase, double growth, Duration max) {

    public Backoff {
        if (growth < 1 || first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("a backoff starts small and grows: " + first + " .. " + max + ", x" + growth);
        }
    }

    /** Status polls: first after 50 ms, every 100 ms during the first second, then growing by half to 2 s. */
    public static Backoff polling() {
        return new Backoff(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofSeconds(1), 1.5, Duration.ofSeconds(2));
    }

    /** A results page that is not ready ({@code tryAgain}): 100 ms, doubling to 2 s. */
    public static Backoff tryAgain() {
        return new Backoff(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ZERO, 2, Duration.ofSeconds(2));
    }

    /** The wait after {@code previous}, when {@code elapsed} has passed since the start. */
    public Duration next(Duration previous, Duration elapsed) {
        if (elapsed.compareTo(earlyPhase) < 0) {
            return early;
        }
        long grown = (long) Math.ceil(Math.max(previous.toMillis(), early.toMillis()) * growth);
        return Duration.ofMillis(Math.min(grown, max.toMillis()));
    }
}
