package dev.pantherkernel.magics.testing;

import dev.pantherkernel.magics.graphql.SchemaSource;
import graphql.schema.GraphQLSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The emulator's schema text, for tests that need a schema but no server. */
public final class ApiSchema {

    private static GraphQLSchema schema;

    private ApiSchema() {
    }

    public static synchronized GraphQLSchema get() {
        if (schema == null) {
            try (InputStream in = ApiSchema.class.getResourceAsStream("/dev/pantherkernel/emulator/schema/panther.graphqls")) {
                schema = SchemaSource.fromSdl(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema;
    }
}
