package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.core.PublicApi;

/**
 * Starts the built-in demo: a Panther-compatible server with synthetic data. Found with {@link java.util.ServiceLoader}
 * so this library does not depend on the emulator; the kernel provides one.
 */
@PublicApi
public interface DemoProvider {

    /** Starts a demo server on loopback with this much data; the caller closes it. */
    DemoServer start(DemoSize size) throws Exception;

    /**
     * Whether a demo of this size starts at once (its data came packed with the kernel) rather than generating its
     * data first, which takes seconds: the cell says so only then.
     */
    default boolean startsAtOnce(DemoSize size) {
        return false;
    }

    /** A running demo server. */
    interface DemoServer extends AutoCloseable {
        String url();

        String token();

        @Override
        void close();
    }
}
