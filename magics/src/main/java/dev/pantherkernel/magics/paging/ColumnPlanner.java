package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.table.ColumnKind;
import dev.pantherkernel.magics.table.ColumnSpec;
import dev.pantherkernel.magics.graphql.SchemaTypes;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns a selection makes: one per leaf field, named by its dotted path ({@code origin.name},
 * {@code assignee.email}), typed by its schema type; lists become JSON text columns. Fields of union members
 * selected in inline fragments share one column per name.
 */
final class ColumnPlanner {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;

    public ColumnPlanner(GraphQLSchema schema, Map<String, FragmentDefinition> fragments) {
        this.schema = schema;
        this.fragments = fragments;
    }

    /** @param leafName the column's name when the rows are bare values (a scalar field), not objects */
    public List<ColumnSpec> plan(GraphQLType type, SelectionSet selection, String leafName) {
        Map<String, ColumnSpec> columns = new LinkedHashMap<>();
        GraphQLType named = SchemaTypes.named(type);
        if (selection == null) {
            columns.put(leafName, new ColumnSpec(leafName, List.of(), leafKind(type)));
        } else {
            collect(named, selection, new ArrayList<>(), columns);
        }
        return List.copyOf(columns.values());
    }

    private void collect(GraphQLType parent, SelectionSet selection, List<String> prefix, Map<String, ColumnSpec> out) {
        for (Selection<?> s : selection.getSelections()) {
            if (s instanceof Field field) {
                List<String> path = new ArrayList<>(prefix);
                path.add(field.getResultKey());
                if (field.getName().equals("__typename")) {
                    out.putIfAbsent(String.join(".", path), ColumnSpec.of(path, ColumnKind.STRING));
                    continue;
                }
                GraphQLFieldDefinition definition = SchemaTypes.field(parent, field.getName());
                if (definition == null) {
                    out.putIfAbsent(String.join(".", path), ColumnSpec.of(path, ColumnKind.STRING));
                    continue;
                }
                GraphQLType fieldType = definition.getType();
                if (SchemaTypes.isList(fieldType) || field.getSelectionSet() == null) {
                    out.putIfAbsent(String.join(".", path), ColumnSpec.of(path, leafKind(fieldType)));
                } else {
                    collect(SchemaTypes.named(fieldType), field.getSelectionSet(), path, out);
                }
            } else if (s instanceof InlineFragment inline) {
                GraphQLType narrowed = inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                collect(narrowed == null ? parent : narrowed, inline.getSelectionSet(), prefix, out);
            } else if (s instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    GraphQLType narrowed = schema.getType(fragment.getTypeCondition().getName());
                    collect(narrowed == null ? parent : narrowed, fragment.getSelectionSet(), prefix, out);
                }
            }
        }
    }

    /**
     * Without a schema: the dotted path of every leaf the selection names (fields without a selection of their
     * own), in selection order, fields of fragments on the same rows merged. Whether a field is a list, and each
     * leaf's type, only the values can tell.
     */
    public List<List<String>> leafPaths(SelectionSet selection) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        leaves(selection, new ArrayList<>(), out);
        return List.copyOf(out.values());
    }

    private void leaves(SelectionSet selection, List<String> prefix, Map<String, List<String>> out) {
        for (Selection<?> s : selection.getSelections()) {
            if (s instanceof Field field) {
                List<String> path = new ArrayList<>(prefix);
                path.add(field.getResultKey());
                if (field.getSelectionSet() == null) {
                    out.putIfAbsent(String.join(".", path), List.copyOf(path));
                } else {
                    leaves(field.getSelectionSet(), path, out);
                }
            } else if (s instanceof InlineFragment inline) {
                leaves(inline.getSelectionSet(), prefix, out);
            } else if (s instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                leaves(fragments.get(spread.getName()).getSelectionSet(), prefix, out);
            }
        }
    }

    private static ColumnKind leafKind(GraphQLType type) {
        if (SchemaTypes.isList(type)) {
            return ColumnKind.JSON;
        }
        GraphQLType named = SchemaTypes.named(type);
        if (named instanceof GraphQLEnumType) {
            return ColumnKind.STRING;
        }
        if (named instanceof GraphQLScalarType scalar) {
            return ColumnKind.ofGraphQLScalar(scalar.getName(), false);
        }
        return ColumnKind.JSON;
    }
}
