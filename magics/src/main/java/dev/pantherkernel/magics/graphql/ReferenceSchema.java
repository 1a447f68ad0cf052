package dev.pantherkernel.magics.graphql;

import graphql.schema.GraphQLSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The kernel's own copy of Panther's public API (names, types, arguments and defaults as Panther publishes them; the
 * same text the built-in demo serves). Used only to browse and complete when a Panther refuses introspection, never
 * to reject an operation: a real Panther may have more, or newer, than this copy knows.
 */
final class ReferenceSchema {

    private static final String RESOURCE = "panther.graphqls";

    private ReferenceSchema() {
    }

    /** Parsed on first use; the schema is immutable, so one copy serves every connection. */
    public static GraphQLSchema get() {
        return Holder.SCHEMA;
    }

    private static final class Holder {
        static final GraphQLSchema SCHEMA = SchemaSource.fromSdl(read());

        private static String read() {
            try (InputStream in = ReferenceSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the reference schema " + RESOURCE + " is missing from the build");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
