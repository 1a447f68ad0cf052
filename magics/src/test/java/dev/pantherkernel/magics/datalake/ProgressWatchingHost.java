package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.session.NotebookHost;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** A notebook host that also tells a watcher about each status line (a test waits for "running" with it). */
public final class ProgressWatchingHost implements NotebookHost {

    private final NotebookHost inner;
    private final Consumer<String> watcher;

    ProgressWatchingHost(NotebookHost inner, Consumer<String> watcher) {
        this.inner = inner;
        this.watcher = watcher;
    }

    /** A host that tells {@code watcher} each status line as it shows it. */
    public static ProgressWatchingHost watching(NotebookHost inner, Consumer<String> watcher) {
        return new ProgressWatchingHost(inner, watcher);
    }

    /**
     * A host that interrupts the thread showing progress the first time a status line matches {@code when}: an
     * interrupt that lands at a known point (while the query runs, after page 3), with no timing involved.
     */
    public static ProgressWatchingHost interrupting(NotebookHost inner, Predicate<String> when) {
        AtomicBoolean done = new AtomicBoolean();
        return new ProgressWatchingHost(inner, line -> {
            if (when.test(line) && done.compareAndSet(false, true)) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public Optional<Object> variable(String name) {
        return inner.variable(name);
    }

    @Override
    public void bind(String name, Object value, Class<?> type) {
        inner.bind(name, value, type);
    }

    @Override
    public Progress progress() {
        Progress progress = inner.progress();
        return new Progress() {
            @Override
            public void update(String text) {
                progress.update(text);
                watcher.accept(text);
            }

            @Override
            public void close() {
                progress.close();
            }
        };
    }

    @Override
    public Optional<String> askSecret(String prompt) {
        return inner.askSecret(prompt);
    }

    @Override
    public void warn(String message) {
        inner.warn(message);
    }
}
