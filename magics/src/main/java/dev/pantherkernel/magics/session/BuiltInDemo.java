package dev.pantherkernel.magics.session;

import dev.pantherkernel.magics.connect.DemoProvider;
import dev.pantherkernel.magics.connect.DemoSize;
import dev.pantherkernel.magics.connect.SettingsResolver;
import dev.pantherkernel.magics.core.PantherException;
import graphql.schema.GraphQLSchema;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * A session's built-in demo server: started on first use, started again when asked for another size, stopped with the
 * session. Its start may take seconds (another size's data is generated), so it has a lock of its own, not the
 * session's connection lock.
 */
final class BuiltInDemo implements AutoCloseable {

    private final Supplier<Optional<DemoProvider>> demos;
    private volatile Running running;

    /** @param demos where the demo comes from ({@link #installed()} in a kernel) */
    BuiltInDemo(Supplier<Optional<DemoProvider>> demos) {
        this.demos = demos;
    }

    /** The demo the class path provides, if any (the emulator module's, found with ServiceLoader). */
    static Optional<DemoProvider> installed() {
        return ServiceLoader.load(DemoProvider.class, BuiltInDemo.class.getClassLoader()).findFirst();
    }

    /** Whether a demo of {@code size} is there and starts at once, its data packed with the kernel. */
    boolean startsAtOnce(DemoSize size) {
        return demos.get().map(provider -> provider.startsAtOnce(size)).orElse(false);
    }

    /**
     * The demo server, started on first use; asked for with another size, it starts again with that size. The default
     * size starts at once; generating the sample data of another takes seconds, so the cell then says what it is
     * waiting for (also while another thread starts it).
     */
    DemoProvider.DemoServer server(DemoSize size, Supplier<NotebookHost.Progress> progress) {
        Running now = running;
        if (now != null && now.size().equals(size)) {
            return now.server();
        }
        if (demos.get().map(provider -> provider.startsAtOnce(size)).orElse(true)) {
            return started(size);
        }
        try (NotebookHost.Progress shown = progress.get()) {
            shown.update("starting the built-in demo: generating its synthetic sample data…");
            return started(size);
        }
    }

    /** The schema the running demo hands over, so that connecting to it introspects nothing. */
    Optional<GraphQLSchema> schema() {
        Running now = running;
        return now == null ? Optional.empty() : now.server().schema();
    }

    private synchronized DemoProvider.DemoServer started(DemoSize size) {
        if (running != null && !running.size().equals(size)) {
            Running other = running;
            running = null;
            other.server().close();
        }
        if (running == null) {
            DemoProvider provider = demos.get().orElseThrow(() -> new PantherException("no Panther to connect to: set "
                    + SettingsResolver.URL_VARIABLE + " and " + SettingsResolver.TOKEN_VARIABLE
                    + " (the built-in demo is not on the class path)"));
            try {
                running = new Running(provider.start(size), size);
            } catch (Exception e) {
                throw new PantherException("the built-in demo did not start: " + e.getMessage(), e);
            }
        }
        return running.server();
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.server().close();
            running = null;
        }
    }

    /** The demo server and the size it was started with, read together. */
    private record Running(DemoProvider.DemoServer server, DemoSize size) {
    }
}
