package dev.pantherkernel.magics.assist;

import dev.pantherkernel.magics.graphql.TypeNames;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Tab and shift-tab inside a {@code %%panther graphql} cell: the fields, arguments, input fields and enum values
 * valid at the cursor, from the API schema. The text before the cursor is usually unfinished, so a parser cannot
 * read it; this follows only its nesting ({@code { ( }}) and the names that open each level.
 */
final class GraphQLAssist {

    private final GraphQLSchema schema;

    public GraphQLAssist(GraphQLSchema schema) {
        this.schema = schema;
    }

    public Optional<Completion> complete(String text, int cursor) {
        int end = Math.min(cursor, text.length());
        int start = end;
        while (start > 0 && isNameChar(text.charAt(start - 1))) {
            start--;
        }
        String partial = text.substring(start, end);
        Scope scope = scan(text.substring(0, start));
        List<String> names = new ArrayList<>();
        switch (scope.kind) {
            case SELECTION -> {
                if (scope.type instanceof GraphQLFieldsContainer fields) {
                    fields.getFieldDefinitions().forEach(f -> names.add(f.getName()));
                }
                names.add("__typename");
                if (scope.type instanceof GraphQLUnionType union) {
                    union.getTypes().forEach(t -> names.add(((GraphQLNamedType) t).getName()));
                }
            }
            case ARGUMENTS -> {
                if (scope.valuePosition) {
                    enumValues(scope.valueType, names);
                } else if (scope.field != null) {
                    scope.field.getArguments().forEach(a -> names.add(a.getName()));
                }
            }
            case INPUT_OBJECT -> {
                if (scope.valuePosition) {
                    enumValues(scope.valueType, names);
                } else if (scope.input != null) {
                    scope.input.getFieldDefinitions().forEach(f -> names.add(f.getName()));
                }
            }
            case TOP -> names.addAll(List.of("query", "mutation", "fragment"));
        }
        List<String> matches = names.stream().filter(n -> n.startsWith(partial)).distinct().sorted().toList();
        return matches.isEmpty() ? Optional.empty() : Optional.of(new Completion(matches, start, end));
    }

    /** The type, arguments and description of the field (or argument) under the cursor. */
    public Optional<String> inspect(String text, int cursor) {
        int at = Math.min(cursor, text.length());
        int start = at;
        while (start > 0 && isNameChar(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && isNameChar(text.charAt(end))) {
            end++;
        }
        String name = text.substring(start, end);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Scope scope = scan(text.substring(0, start));
        if (scope.kind == Kind.SELECTION && scope.type instanceof GraphQLFieldsContainer fields
                && fields.getFieldDefinition(name) != null) {
            GraphQLFieldDefinition f = fields.getFieldDefinition(name);
            StringBuilder out = new StringBuilder(((GraphQLNamedType) scope.type).getName()).append('.').append(name);
            if (!f.getArguments().isEmpty()) {
                out.append('(');
                List<String> args = new ArrayList<>();
                f.getArguments().forEach(a -> args.add(a.getName() + ": " + TypeNames.display(a.getType())));
                out.append(String.join(", ", args)).append(')');
            }
            out.append(": ").append(TypeNames.display(f.getType()));
            if (f.getDescription() != null) {
                out.append("\n\n").append(f.getDescription());
            }
            return Optional.of(out.toString());
        }
        if (scope.kind == Kind.ARGUMENTS && scope.field != null && scope.field.getArgument(name) != null) {
            GraphQLArgument a = scope.field.getArgument(name);
            return Optional.of(name + ": " + TypeNames.display(a.getType())
                    + (a.getDescription() == null ? "" : "\n\n" + a.getDescription()));
        }
        if (scope.kind == Kind.INPUT_OBJECT && scope.input != null && scope.input.getFieldDefinition(name) != null) {
            GraphQLInputObjectField f = scope.input.getFieldDefinition(name);
            return Optional.of(scope.input.getName() + "." + name + ": " + TypeNames.display(f.getType())
                    + (f.getDescription() == null ? "" : "\n\n" + f.getDescription()));
        }
        return Optional.empty();
    }

    private static void enumValues(GraphQLType type, List<String> out) {
        if (type != null && TypeNames.named(type) instanceof GraphQLEnumType e) {
            e.getValues().stream().map(GraphQLEnumValueDefinition::getName).forEach(out::add);
        }
    }

    private enum Kind { TOP, SELECTION, ARGUMENTS, INPUT_OBJECT }

    /** Where the cursor stands: in which type's selection, which field's arguments, which input object. */
    private static final class Scope {
        Kind kind = Kind.TOP;
        GraphQLType type;
        GraphQLFieldDefinition field;
        GraphQLInputObjectType input;
        GraphQLType valueType;
        boolean valuePosition;
    }

    private Scope scan(String text) {
        Deque<Scope> stack = new ArrayDeque<>();
        stack.push(new Scope());
        String lastName = null;
        String operation = null;
        String typeCondition = null;
        boolean afterSpread = false;
        boolean afterOn = false;
        GraphQLFieldDefinition lastField = null;
        GraphQLType lastValueType = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '"') {
                i = skipString(text, i);
                stack.peek().valuePosition = false;
                continue;
            }
            if (isNameStart(c)) {
                int s = i;
                while (i < text.length() && isNameChar(text.charAt(i))) {
                    i++;
                }
                String name = text.substring(s, i);
                Scope top = stack.peek();
                if (top.kind == Kind.TOP && (name.equals("query") || name.equals("mutation") || name.equals("subscription"))) {
                    operation = name;
                } else if (afterOn) {
                    typeCondition = name;
                    afterOn = false;
                } else if (afterSpread && name.equals("on")) {
                    afterOn = true;
                    afterSpread = false;
                } else if (top.kind == Kind.SELECTION) {
                    lastName = name;
                    lastField = top.type instanceof GraphQLFieldsContainer f ? f.getFieldDefinition(name) : null;
                } else if (top.kind == Kind.ARGUMENTS || top.kind == Kind.INPUT_OBJECT) {
                    if (top.valuePosition) {
                        top.valuePosition = false;
                    } else {
                        lastName = name;
                        lastValueType = argumentType(top, name);
                    }
                }
                afterSpread = false;
                continue;
            }
            if (text.startsWith("...", i)) {
                afterSpread = true;
                i += 3;
                continue;
            }
            switch (c) {
                case ':' -> {
                    Scope top = stack.peek();
                    if (top.kind == Kind.ARGUMENTS || top.kind == Kind.INPUT_OBJECT) {
                        top.valuePosition = true;
                        top.valueType = lastValueType;
                    }
                }
                case ',' -> stack.peek().valuePosition = false;
                case '(' -> {
                    Scope args = new Scope();
                    args.kind = Kind.ARGUMENTS;
                    args.field = lastField;
                    stack.push(args);
                }
                case ')', ']' -> {
                    if (c == ')' && stack.size() > 1 && stack.peek().kind == Kind.ARGUMENTS) {
                        stack.pop();
                    }
                }
                case '{' -> {
                    Scope top = stack.peek();
                    Scope next = new Scope();
                    if (top.kind == Kind.ARGUMENTS || top.kind == Kind.INPUT_OBJECT) {
                        next.kind = Kind.INPUT_OBJECT;
                        next.input = top.valueType != null && TypeNames.named(top.valueType) instanceof GraphQLInputObjectType o
                                ? o : null;
                        top.valuePosition = false;
                    } else {
                        next.kind = Kind.SELECTION;
                        if (top.kind == Kind.TOP) {
                            next.type = "mutation".equals(operation) ? schema.getMutationType() : schema.getQueryType();
                        } else if (typeCondition != null) {
                            next.type = schema.getType(typeCondition);
                        } else {
                            next.type = lastField == null ? null : TypeNames.named(lastField.getType());
                        }
                        typeCondition = null;
                        lastField = null;
                    }
                    stack.push(next);
                }
                case '}' -> {
                    if (stack.size() > 1) {
                        stack.pop();
                    }
                    if (stack.peek().kind == Kind.TOP) {
                        operation = null;
                    }
                }
                default -> {
                }
            }
            i++;
        }
        return stack.peek();
    }

    private static GraphQLType argumentType(Scope scope, String name) {
        if (scope.kind == Kind.ARGUMENTS && scope.field != null && scope.field.getArgument(name) != null) {
            return scope.field.getArgument(name).getType();
        }
        if (scope.kind == Kind.INPUT_OBJECT && scope.input != null && scope.input.getFieldDefinition(name) != null) {
            GraphQLInputType type = scope.input.getFieldDefinition(name).getType();
            return type;
        }
        return null;
    }

    private static int skipString(String text, int i) {
        if (text.startsWith("\"\"\"", i)) {
            int close = text.indexOf("\"\"\"", i + 3);
            return close < 0 ? text.length() : close + 3;
        }
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') {
            j += text.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), j + 1);
    }

    private static boolean isNameStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isNameChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
