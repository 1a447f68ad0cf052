package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.client.Backoff;
import dev.pantherkernel.magics.core.Quantities;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.OperationInterruptedException;
import dev.pantherkernel.magics.client.TransportException;
import dev.pantherkernel.magics.datalake.result.DataLakeQueryException;
import dev.pantherkernel.magics.session.NotebookHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Polls a data lake query until it leaves {@code running}, showing its id, the time so far and Panther's message in
 * place. An interrupt, or the timeout, cancels the query in Panther before the error ends the cell.
 */
final class QueryPoller {

    private static final Logger LOG = LoggerFactory.getLogger(QueryPoller.class);

    private final QueryControl control;
    private final Backoff backoff;
    private final ClientOptions.Sleeper sleeper;

    QueryPoller(QueryControl control, Backoff backoff, ClientOptions.Sleeper sleeper) {
        this.control = control;
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    /** The query's state once it succeeded; an error when it failed, was cancelled or ran past {@code timeout}. */
    QueryState awaitSuccess(String id, Duration timeout, NotebookHost.Progress progress) {
        long start = System.nanoTime();
        Duration wait = backoff.first();
        int polls = 0;
        while (true) {
            QueryState state;
            try {
                Duration left = timeout.minus(since(start));
                sleeper.sleep(left.isNegative() ? Duration.ZERO : wait.compareTo(left) < 0 ? wait : left);
                state = control.state(id);
                polls++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted(id);
            } catch (OperationInterruptedException e) {
                throw interrupted(id);
            } catch (TransportException e) {
                throw new DataLakeQueryException(id, "polling query " + id + " failed: " + e.getMessage()
                        + "; the query may still be running: `%panther attach " + id + "` picks it up", e);
            }
            Duration elapsed = since(start);
            if (!state.running()) {
                LOG.debug("query {} seen {} after {} ms and {} polls", id, state.status().apiName(), elapsed.toMillis(), polls);
                return succeeded(state);
            }
            progress.update(String.format(Locale.ROOT, "query %s running %s: %s", id, Quantities.seconds(elapsed),
                    state.message()));
            if (elapsed.compareTo(timeout) >= 0) {
                return timedOut(id, timeout);
            }
            wait = backoff.next(wait, elapsed);
        }
    }

    /** The state when it succeeded; the error that says how it ended otherwise. */
    static QueryState succeeded(QueryState state) {
        return switch (state.status()) {
            case SUCCEEDED -> state;
            case FAILED -> throw new DataLakeQueryException(state.id(), "query " + state.id() + " failed: "
                    + (state.message().isBlank() ? "Panther gave no reason" : SqlFailure.oneLine(state.message())),
                    state.message(), state.sql());
            case CANCELLED -> throw new DataLakeQueryException(state.id(), "query " + state.id()
                    + " was cancelled before it finished; run it again");
            case RUNNING -> throw new IllegalStateException("query " + state.id() + " is still running");
        };
    }

    private DataLakeQueryException interrupted(String id) {
        Optional<String> refused = control.cancel(id);
        if (refused.isEmpty()) {
            return new DataLakeQueryException(id, "cancelled query " + id);
        }
        return new DataLakeQueryException(id, "interrupted while waiting for query " + id + ", but the cancel did not "
                + "take (" + refused.get() + "); `%panther attach " + id + "` shows how it ended");
    }

    /** Cancels the query; if it finished in the meantime (the cancel is refused), its results are wanted after all. */
    private QueryState timedOut(String id, Duration timeout) {
        Optional<String> refused = control.cancel(id);
        if (refused.isPresent()) {
            QueryState now = control.state(id);
            if (!now.running()) {
                return succeeded(now);
            }
        }
        throw new DataLakeQueryException(id, "query " + id + " did not finish within " + Quantities.duration(timeout)
                + " (--timeout) and was cancelled; give it longer with --timeout, and `%panther attach " + id
                + "` shows how it ended and pages its results if it succeeded");
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
