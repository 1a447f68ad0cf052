package dev.pantherkernel.magics.graphql;

import dev.pantherkernel.magics.core.Internal;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnmodifiedType;

/** Schema type helpers other packages need. */
@Internal
public final class TypeNames {

    private TypeNames() {
    }

    /** The named type under any list and non-null wrappers. */
    public static GraphQLUnmodifiedType named(GraphQLType type) {
        return GraphQLTypeUtil.unwrapAll(type);
    }

    /** The type as the schema writes it: {@code [Severity!]}, {@code AlertsOutput!}. */
    public static String display(GraphQLType type) {
        return GraphQLTypeUtil.simplePrint(type);
    }
}
