package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.testing.RecordingHost;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * A notebook host that interrupts the thread showing progress the first time a status line matches: an interrupt
 * that lands at a known point (while the query runs, after page 3), with no timing involved.
 */
final class InterruptingHost implements NotebookHost {

    final RecordingHost recorded = new RecordingHost();
    private final Predicate<String> when;
    private boolean done;

    InterruptingHost(Predicate<String> when) {
        this.when = when;
    }

    @Override
    public Optional<Object> variable(String name) {
        return recorded.variable(name);
    }

    @Override
    public void bind(String name, Object value, Class<?> type) {
        recorded.bind(name, value, type);
    }

    @Override
    public Progress progress() {
        Progress inner = recorded.progress();
        return new Progress() {
            @Override
            public void update(String text) {
                inner.update(text);
                if (!done && when.test(text)) {
                    done = true;
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }

    @Override
    public Optional<String> askSecret(String prompt) {
        return Optional.empty();
    }

    @Override
    public void warn(String message) {
        recorded.warn(message);
    }
}
