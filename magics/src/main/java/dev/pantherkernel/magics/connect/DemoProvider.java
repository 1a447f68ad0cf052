package dev.pantherkernel.magics.connect;

/**
 * Starts the built-in demo: a Panther-compatible server with synthetic data. Found with {@link java.util.ServiceLoader}
 * so this library does not depend on the emulator; the kernel provides one.
 */
public interface DemoProvider {

    /** Starts a demo server on loopback with this much data; the caller closes it. */
    DemoServer start(DemoSize size) throws Exception;

    /** A running demo server. */
    interface DemoServer extends AutoCloseable {
        String url();

        String token();

        @Override
        void close();
    }
}
