package dev.pantherkernel.magics.graphql;

import dev.pantherkernel.magics.core.Internal;
import graphql.schema.GraphQLSchema;

import java.util.Optional;

/**
 * The schema that `%panther schema` and GraphQL completion read: the connected Panther's, or the kernel's reference
 * copy when that Panther refuses introspection, with the sentence that tells the user so.
 */
@Internal
public record BrowsableSchema(GraphQLSchema schema, Optional<String> referenceNote) {

    public static BrowsableSchema own(GraphQLSchema schema) {
        return new BrowsableSchema(schema, Optional.empty());
    }

    public static BrowsableSchema reference(String note) {
        return new BrowsableSchema(ReferenceSchema.get(), Optional.of(note));
    }
}
