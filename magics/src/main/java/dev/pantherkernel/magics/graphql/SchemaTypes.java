package dev.pantherkernel.magics.graphql;

import dev.pantherkernel.magics.core.Internal;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnmodifiedType;
import graphql.schema.GraphQLTypeUtil;

/** Small questions asked of GraphQL schema types again and again. */
@Internal
public final class SchemaTypes {

    private SchemaTypes() {
    }

    /** The type without its non-null wrapper (lists stay lists). */
    public static GraphQLType nullable(GraphQLType type) {
        return type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
    }

    public static boolean isList(GraphQLType type) {
        return nullable(type) instanceof GraphQLList;
    }

    /** The named type under any list and non-null wrappers. */
    public static GraphQLUnmodifiedType named(GraphQLType type) {
        return GraphQLTypeUtil.unwrapAll(type);
    }

    public static GraphQLFieldDefinition field(GraphQLType parent, String name) {
        return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
    }

    /** A Relay-style connection: an object with {@code edges} (whose items have a {@code node}) and {@code pageInfo}. */
    public static boolean isConnection(GraphQLType type) {
        if (!(nullable(type) instanceof GraphQLObjectType object)) {
            return false;
        }
        GraphQLFieldDefinition edges = object.getFieldDefinition("edges");
        GraphQLFieldDefinition pageInfo = object.getFieldDefinition("pageInfo");
        if (edges == null || pageInfo == null || !isList(edges.getType())) {
            return false;
        }
        GraphQLType edge = named(edges.getType());
        return field(edge, "node") != null && field(named(pageInfo.getType()), "hasNextPage") != null;
    }
}
