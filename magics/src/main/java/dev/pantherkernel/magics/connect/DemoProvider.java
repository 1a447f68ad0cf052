package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.core.PublicApi;
import graphql.schema.GraphQLSchema;

import java.util.Optional;

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

        /**
         * The API schema this server answers introspection with, handed over as an object because the server runs in
         * this JVM: the connection then needs no introspection (about half a second of a cold JVM's first command).
         * Empty when the server introspects otherwise than its schema says, so that the client asks as it would ask
         * a Panther.
         */
        default Optional<GraphQLSchema> schema() {
            return Optional.empty();
        }

        @Override
        void close();
    }
}
