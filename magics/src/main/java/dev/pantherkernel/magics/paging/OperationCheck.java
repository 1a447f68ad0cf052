package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.graphql.InvalidOperationException;
import dev.pantherkernel.magics.graphql.TextPlace;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses an operation with graphql-java and validates it against the API schema, so a typo is reported with its
 * line and column, and a caret under it, before anything is sent.
 */
final class OperationCheck {

    private final GraphQLSchema schema;

    public OperationCheck(GraphQLSchema schema) {
        this.schema = schema;
    }

    public Document parseAndValidate(String text) {
        return parseAndValidate(text, TextPlace.TEXT);
    }

    /** @param place where the text is, for the line and column an error names */
    public Document parseAndValidate(String text, TextPlace place) {
        return validate(parse(text, place), text, place);
    }

    /** Validates {@code parsed}, the document of {@code text}; an error names its line and column as {@code place} counts. */
    public Document validate(Document parsed, String text, TextPlace place) {
        Document document = new EnumLiterals(schema).fix(parsed);
        List<ValidationError> errors = ParseAndValidate.validate(schema, document);
        if (!errors.isEmpty()) {
            ValidationError first = errors.get(0);
            SourceLocation at = first.getLocations() == null || first.getLocations().isEmpty()
                    ? null : first.getLocations().get(0);
            String message = cleanMessage(first.getDescription() != null ? first.getDescription() : first.getMessage());
            throw invalid(text, place, at, message, errors.size() - 1);
        }
        return document;
    }

    public static Document parse(String text) {
        return parse(text, TextPlace.TEXT);
    }

    /** Parses only (no schema to check against); a syntax error names its line and column as {@code place} counts. */
    public static Document parse(String text, TextPlace place) {
        try {
            return Parser.parse(text);
        } catch (InvalidSyntaxException e) {
            String message = e.getMessage() == null ? "invalid syntax" : e.getMessage();
            int cut = message.indexOf(" at line");
            throw invalid(text, place, e.getLocation(), cleanMessage(cut > 0 ? message.substring(0, cut) : message), 0);
        }
    }

    private static InvalidOperationException invalid(String text, TextPlace place, SourceLocation at, String message,
                                                     int more) {
        int line = at == null ? 1 : Math.max(1, at.getLine());
        int column = at == null ? 1 : Math.max(1, at.getColumn());
        List<String> details = new ArrayList<>(TextPlace.caret(text, line, column));
        if (more > 0) {
            details.add("(and " + more + " more problem" + (more > 1 ? "s" : "") + ")");
        }
        return new InvalidOperationException("invalid GraphQL at " + place.describe(line, column) + ": " + message
                + " (nothing was sent)", place.userLine(line), column, details);
    }

    /** graphql-java prefixes messages with the rule name ("Validation error (FieldUndefined@[alerts])"). */
    private static String cleanMessage(String message) {
        String m = message.strip();
        if (m.startsWith("Validation error")) {
            int colon = m.indexOf(':');
            if (colon > 0) {
                m = m.substring(colon + 1).strip();
            }
        }
        return m;
    }
}
