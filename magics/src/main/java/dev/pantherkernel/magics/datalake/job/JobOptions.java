package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.client.Backoff;
import dev.pantherkernel.magics.client.ClientOptions;

import dev.pantherkernel.magics.core.Internal;
import java.time.Duration;
import java.util.List;

/**
 * How a data lake job runs: how long the query may run, the most rows to keep, the columns to keep, and the waits
 * between status polls and between asks for a page that is not ready.
 *
 * @param timeout    how long the query may run before it is cancelled
 * @param limit      the most rows to fetch; 0 for all
 * @param columns    the columns to keep, in this order; empty for all
 * @param patience   how long one results page may stay not ready ({@code tryAgain}) before paging gives up
 */
@Internal
public record JobOptions(Duration timeout, long limit, List<String> columns, Backoff polling, Backoff notReady,
                         Duration patience, ClientOptions.Sleeper sleeper) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(15);

    public JobOptions {
        columns = List.copyOf(columns);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a data lake timeout must be positive, not " + timeout);
        }
    }

    public static JobOptions defaults() {
        return new JobOptions(DEFAULT_TIMEOUT, 0, List.of(), Backoff.polling(), Backoff.tryAgain(), Duration.ofMinutes(1),
                ClientOptions.Sleeper.REAL);
    }

    public JobOptions withTimeout(Duration value) {
        return new JobOptions(value, limit, columns, polling, notReady, patience, sleeper);
    }

    public JobOptions withLimit(long value) {
        return new JobOptions(timeout, value, columns, polling, notReady, patience, sleeper);
    }

    public JobOptions withColumns(List<String> value) {
        return new JobOptions(timeout, limit, value, polling, notReady, patience, sleeper);
    }

    public JobOptions withPatience(Duration value) {
        return new JobOptions(timeout, limit, columns, polling, notReady, value, sleeper);
    }
}
