package dev.pantherkernel.magics.graphql;

import dev.pantherkernel.magics.core.Internal;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLType;

import java.util.List;

/**
 * Where a reply's rows are: the response keys leading to them, what they are (the nodes of a paged connection,
 * the items of a list, or one object), and the schema type (null without a schema) and selection of one row.
 *
 * @param edgesKey for a connection, the response key of {@code edges}
 * @param nodeKey  for a connection, the response key of {@code node}
 */
@Internal
public record RowTarget(List<String> path, Shape shape, GraphQLType rowType, SelectionSet rowSelection,
                        String edgesKey, String nodeKey) {

    /** What the rows are; {@code ANY} (no schema to say) is a list or one object, as the reply has it. */
    public enum Shape { CONNECTION, LIST, OBJECT, ANY }

    public RowTarget {
        path = List.copyOf(path);
    }

    public String dottedPath() {
        return String.join(".", path);
    }
}
