package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.graphql.CursorBinding;
import dev.pantherkernel.magics.graphql.InvalidOperationException;
import dev.pantherkernel.magics.graphql.SchemaTypes;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import graphql.language.Definition;

/**
 * Makes a connection pageable: selects {@code pageInfo { hasNextPage endCursor }} when the operation does not, and
 * passes a cursor variable to the connection's {@code cursor} argument (directly, or in its input object).
 */
final class PagingRewriter {

    static final String CURSOR_VARIABLE = "pantherCursor";

    private PagingRewriter() {
    }

    static PagedDocument rewrite(Document document, OperationDefinition operation, List<String> path,
                                 CursorPlacement placement) {
        CursorBinding[] binding = new CursorBinding[1];
        String[] pageInfoKey = new String[1];
        boolean[] addVariable = new boolean[1];
        UnaryOperator<Field> atConnection = field -> {
            Field withCursor = withCursor(field, placement, binding, addVariable);
            Field withPageInfo = withPageInfo(withCursor);
            pageInfoKey[0] = pageInfoKey(withPageInfo);
            return withPageInfo;
        };
        boolean[] found = new boolean[1];
        SelectionSet selections = along(operation.getSelectionSet(), path, 0, atConnection, found);
        if (!found[0]) {
            throw new InvalidOperationException("cannot page " + String.join(".", path)
                    + ": select it in the operation itself, not inside a named fragment", 1, 1, List.of());
        }
        OperationDefinition rewritten = operation.transform(b -> {
            b.selectionSet(selections);
            if (addVariable[0]) {
                List<VariableDefinition> variables = new ArrayList<>(operation.getVariableDefinitions());
                variables.add(new VariableDefinition(CURSOR_VARIABLE, new TypeName("String")));
                b.variableDefinitions(variables);
            }
        });
        List<Definition> definitions = new ArrayList<>();
        for (Definition<?> d : document.getDefinitions()) {
            definitions.add(d == operation ? rewritten : d);
        }
        return new PagedDocument(document.transform(b -> b.definitions(definitions)), binding[0], pageInfoKey[0]);
    }

    private static SelectionSet along(SelectionSet set, List<String> path, int depth, UnaryOperator<Field> atEnd,
                                      boolean[] found) {
        List<Selection> out = new ArrayList<>();
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field field && field.getResultKey().equals(path.get(depth))) {
                if (depth == path.size() - 1) {
                    found[0] = true;
                    out.add(atEnd.apply(field));
                } else if (field.getSelectionSet() != null) {
                    SelectionSet inner = along(field.getSelectionSet(), path, depth + 1, atEnd, found);
                    out.add(field.transform(b -> b.selectionSet(inner)));
                } else {
                    out.add(field);
                }
            } else if (s instanceof InlineFragment inline) {
                SelectionSet inner = along(inline.getSelectionSet(), path, depth, atEnd, found);
                out.add(inline.transform(b -> b.selectionSet(inner)));
            } else {
                out.add(s);
            }
        }
        return set.transform(b -> b.selections(out));
    }

    private static Field withCursor(Field field, CursorPlacement placement, CursorBinding[] binding,
                                    boolean[] addVariable) {
        if (placement.direct()) {
            Argument existing = field.getArguments().stream().filter(a -> a.getName().equals("cursor")).findFirst()
                    .orElse(null);
            if (existing != null && existing.getValue() instanceof VariableReference ref) {
                binding[0] = new CursorBinding.Variable(ref.getName());
                return field;
            }
            addVariable[0] = true;
            binding[0] = new CursorBinding.Variable(CURSOR_VARIABLE);
            return field.transform(b -> b.arguments(replaceArgument(field.getArguments(),
                    new Argument("cursor", new VariableReference(CURSOR_VARIABLE)))));
        }
        String input = placement.inputArgument();
        Argument given = field.getArguments().stream().filter(a -> a.getName().equals(input)).findFirst()
                .orElse(null);
        if (given != null && given.getValue() instanceof VariableReference ref) {
            binding[0] = new CursorBinding.InsideVariable(ref.getName(), "cursor");
            return field;
        }
        addVariable[0] = true;
        binding[0] = new CursorBinding.Variable(CURSOR_VARIABLE);
        List<ObjectField> fields = new ArrayList<>();
        if (given != null && given.getValue() instanceof ObjectValue object) {
            object.getObjectFields().stream().filter(f -> !f.getName().equals("cursor")).forEach(fields::add);
        }
        fields.add(new ObjectField("cursor", new VariableReference(CURSOR_VARIABLE)));
        Argument replaced = new Argument(input, ObjectValue.newObjectValue().objectFields(fields).build());
        return field.transform(b -> b.arguments(replaceArgument(field.getArguments(), replaced)));
    }

    /** The argument whose input object has a {@code cursor} field ({@code input: AlertsInput!}, say). */
    static GraphQLArgument inputWithCursor(GraphQLFieldDefinition definition) {
        for (GraphQLArgument argument : definition.getArguments()) {
            if (SchemaTypes.named(argument.getType()) instanceof GraphQLInputObjectType input
                    && input.getFieldDefinition("cursor") != null) {
                return argument;
            }
        }
        return null;
    }

    static boolean takesCursor(GraphQLFieldDefinition definition) {
        return definition.getArgument("cursor") != null || inputWithCursor(definition) != null;
    }

    private static List<Argument> replaceArgument(List<Argument> arguments, Argument replacement) {
        List<Argument> out = new ArrayList<>();
        boolean replaced = false;
        for (Argument a : arguments) {
            if (a.getName().equals(replacement.getName())) {
                out.add(replacement);
                replaced = true;
            } else {
                out.add(a);
            }
        }
        if (!replaced) {
            out.add(replacement);
        }
        return out;
    }

    private static Field withPageInfo(Field connection) {
        List<Selection> selections = new ArrayList<>(connection.getSelectionSet().getSelections());
        for (int i = 0; i < selections.size(); i++) {
            if (selections.get(i) instanceof Field f && f.getName().equals("pageInfo")) {
                List<Selection> inner = new ArrayList<>(f.getSelectionSet() == null ? List.of()
                        : f.getSelectionSet().getSelections());
                for (String needed : List.of("hasNextPage", "endCursor")) {
                    boolean present = inner.stream().anyMatch(x -> x instanceof Field g
                            && g.getName().equals(needed) && g.getAlias() == null);
                    if (!present) {
                        inner.add(new Field(needed));
                    }
                }
                selections.set(i, f.transform(b -> b.selectionSet(new SelectionSet(inner))));
                return connection.transform(b -> b.selectionSet(new SelectionSet(selections)));
            }
        }
        selections.add(Field.newField("pageInfo")
                .selectionSet(new SelectionSet(List.of(new Field("hasNextPage"), new Field("endCursor")))).build());
        return connection.transform(b -> b.selectionSet(new SelectionSet(selections)));
    }

    private static String pageInfoKey(Field connection) {
        for (Selection<?> s : connection.getSelectionSet().getSelections()) {
            if (s instanceof Field f && f.getName().equals("pageInfo")) {
                return f.getResultKey();
            }
        }
        return "pageInfo";
    }
}
