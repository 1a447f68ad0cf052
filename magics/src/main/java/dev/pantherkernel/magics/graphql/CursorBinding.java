package dev.pantherkernel.magics.graphql;

import dev.pantherkernel.magics.client.GraphQLRequest;

import dev.pantherkernel.magics.core.Internal;
import java.util.LinkedHashMap;
import java.util.Map;

/** How the next page's cursor reaches the operation: as a variable of its own, or inside an input variable. */
@Internal
public sealed interface CursorBinding {

    /** The request for the page after {@code cursor}. */
    GraphQLRequest next(GraphQLRequest request, String cursor);

    /** {@code $variable} is the cursor argument itself. */
    record Variable(String name) implements CursorBinding {
        @Override
        public GraphQLRequest next(GraphQLRequest request, String cursor) {
            return request.withVariable(name, cursor);
        }
    }

    /** {@code input: $variable}, whose input object has a {@code cursor} field. */
    record InsideVariable(String name, String field) implements CursorBinding {
        @Override
        public GraphQLRequest next(GraphQLRequest request, String cursor) {
            Object current = request.variables().get(name);
            Map<String, Object> input = new LinkedHashMap<>();
            if (current instanceof Map<?, ?> map) {
                map.forEach((k, v) -> input.put(String.valueOf(k), v));
            }
            input.put(field, cursor);
            return request.withVariable(name, input);
        }
    }
}
