package dev.pantherkernel.magics.client;

import com.fasterxml.jackson.databind.JsonNode;

import dev.pantherkernel.magics.core.Internal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a reply's {@code errors} list into the exception that says what it means. */
@Internal
public final class GraphQLErrors {

    private GraphQLErrors() {
    }

    /** Throws when {@code errors} holds any; a missing permission becomes {@link AccessDeniedException}. */
    public static void throwIfAny(String operation, JsonNode errors) {
        if (errors == null || !errors.isArray() || errors.isEmpty()) {
            return;
        }
        List<GraphQLErrorException.GraphQLError> list = new ArrayList<>();
        for (JsonNode error : errors) {
            String message = error.path("message").asText("(no message)");
            String path = path(error.path("path"));
            String code = error.path("extensions").path("code").asText(null);
            if (message.toLowerCase(Locale.ROOT).contains("access denied")) {
                String denied = error.path("path").path(0).asText(operation);
                throw new AccessDeniedException(denied.isEmpty() ? operation : denied);
            }
            JsonNode at = error.path("locations").path(0);
            list.add(new GraphQLErrorException.GraphQLError(message, path, code, at.path("line").asInt(0),
                    at.path("column").asInt(0)));
        }
        throw new GraphQLErrorException(operation, list);
    }

    private static String path(JsonNode path) {
        if (!path.isArray()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode part : path) {
            if (part.isInt()) {
                out.append('[').append(part.asInt()).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(part.asText());
            }
        }
        return out.toString();
    }
}
