package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;
import java.util.List;
import java.util.regex.Matcher;

/** Panther answered with GraphQL errors: the first is the message, with its path and code. */
@Internal
public final class GraphQLErrorException extends ApiException {

    private final List<GraphQLError> errors;

    public GraphQLErrorException(String operation, List<GraphQLError> errors) {
        super(operation, describe(operation, errors));
        this.errors = List.copyOf(errors);
    }

    private GraphQLErrorException(String operation, List<GraphQLError> errors, String message, List<String> details) {
        super(operation, message, details);
        this.errors = List.copyOf(errors);
    }

    /**
     * The same errors, the first placed where the user wrote it: {@code place} ("cell line 3, column 11") goes into
     * the message and {@code details} (the line with a caret) under it.
     */
    public GraphQLErrorException at(String place, List<String> details) {
        String message = getMessage().replaceFirst(" failed: ", " failed at " + Matcher.quoteReplacement(place) + ": ");
        return new GraphQLErrorException(operation(), errors, message, details);
    }

    public List<GraphQLError> errors() {
        return errors;
    }

    private static String describe(String operation, List<GraphQLError> errors) {
        GraphQLError first = errors.get(0);
        StringBuilder text = new StringBuilder(operation).append(" failed: ").append(first.message());
        if (!first.path().isEmpty()) {
            text.append(" (path ").append(first.path());
            if (first.code() != null) {
                text.append(", code ").append(first.code());
            }
            text.append(')');
        } else if (first.code() != null) {
            text.append(" (code ").append(first.code()).append(')');
        }
        if (errors.size() > 1) {
            text.append(" and ").append(errors.size() - 1).append(" more error").append(errors.size() > 2 ? "s" : "");
        }
        return text.toString();
    }

    /**
     * One entry of a GraphQL {@code errors} list; {@code line} and {@code column} are its first location in the
     * operation as sent, 0 when it has none.
     */
    public record GraphQLError(String message, String path, String code, int line, int column) {
    }
}
