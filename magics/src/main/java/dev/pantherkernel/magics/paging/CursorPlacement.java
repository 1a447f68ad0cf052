package dev.pantherkernel.magics.paging;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.ObjectValue;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;

import java.util.List;

/**
 * Where a connection takes its paging cursor: as an argument of its own ({@code cursor: $c}), or as a field of an
 * input object ({@code input: {cursor: $c}}, as every Panther connection does).
 *
 * @param inputArgument the argument whose input object holds the cursor; null when {@code cursor} is an argument
 */
record CursorPlacement(String inputArgument) {

    static final CursorPlacement DIRECT = new CursorPlacement(null);

    boolean direct() {
        return inputArgument == null;
    }

    /** From the schema: a {@code cursor} argument, or the argument whose input type has a {@code cursor} field. */
    static CursorPlacement of(GraphQLFieldDefinition definition) {
        if (definition.getArgument("cursor") != null) {
            return DIRECT;
        }
        GraphQLArgument input = PagingRewriter.inputWithCursor(definition);
        return new CursorPlacement(input.getName());
    }

    /**
     * From the operation alone, when there is no schema: a {@code cursor} argument the operation passes; else the
     * {@code input} argument; else its only object argument; else a new {@code input} object, as Panther's
     * connections take their cursor.
     */
    static CursorPlacement guessed(Field field) {
        List<Argument> arguments = field.getArguments();
        if (arguments.stream().anyMatch(a -> a.getName().equals("cursor"))) {
            return DIRECT;
        }
        if (arguments.stream().anyMatch(a -> a.getName().equals("input"))) {
            return new CursorPlacement("input");
        }
        List<Argument> objects = arguments.stream()
                .filter(a -> a.getValue() instanceof ObjectValue || a.getValue() instanceof VariableReference).toList();
        return new CursorPlacement(objects.size() == 1 ? objects.get(0).getName() : "input");
    }
}
