package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.graphql.RowTarget;
import dev.pantherkernel.magics.graphql.SchemaTypes;
import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What running an operation means for a table: which operation of the document, where its rows are, which
 * connections could be paged, and (when the rows are a connection) the operation rewritten to page it. Without a
 * schema (a server that refuses introspection) the operation's own shape says it: a field that selects
 * {@code edges { node }} is a connection, and a field's rows are a list or one object as the reply has them.
 */
final class OperationPlan {

    private final GraphQLSchema schema;
    private final Document document;
    private final OperationDefinition operation;
    private final Map<String, FragmentDefinition> fragments;
    private final List<Candidate> fields = new ArrayList<>();
    private final List<Candidate> connections = new ArrayList<>();
    private final RowTarget target;

    private OperationPlan(GraphQLSchema schema, Document document, OperationDefinition operation, String path) {
        this.schema = schema;
        this.document = document;
        this.operation = operation;
        this.fragments = new LinkedHashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
        GraphQLType root = schema == null ? null : operation.getOperation() == OperationDefinition.Operation.MUTATION
                ? schema.getMutationType() : schema.getQueryType();
        walk(root, operation.getSelectionSet(), List.of());
        this.target = choose(path);
    }

    /**
     * Plans the operation named {@code operationName} (or the only one) with rows at {@code path} (or the first
     * connection); {@code schema} null when the server gives none.
     */
    public static OperationPlan of(GraphQLSchema schema, Document document, String operationName, String path) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition chosen;
        if (operationName != null) {
            chosen = operations.stream().filter(o -> operationName.equals(o.getName())).findFirst()
                    .orElseThrow(() -> new PantherException("no operation named " + operationName + " in the cell"));
        } else if (operations.size() == 1) {
            chosen = operations.get(0);
        } else {
            throw new PantherException("the cell holds " + operations.size() + " operations; name the one to run "
                    + "with --operation NAME");
        }
        return new OperationPlan(schema, document, chosen, path);
    }

    public boolean mutation() {
        return operation.getOperation() == OperationDefinition.Operation.MUTATION;
    }

    public String operationName() {
        return operation.getName();
    }

    /** The first root field: names the operation in errors and permission hints. */
    public String rootField() {
        return fields.isEmpty() ? "graphql" : fields.get(0).field.getName();
    }

    public RowTarget target() {
        return target;
    }

    /** Dotted paths of every connection that could be paged, in the order the operation selects them. */
    public List<String> connectionPaths() {
        return connections.stream().map(c -> String.join(".", c.path)).toList();
    }

    public Map<String, FragmentDefinition> fragments() {
        return fragments;
    }

    /** The schema the plan was made with; null when there was none. */
    public GraphQLSchema schema() {
        return schema;
    }

    public Document document() {
        return document;
    }

    /** The operation rewritten so that the target connection pages; empty when the rows are not a connection. */
    public Optional<PagedDocument> paging() {
        if (target.shape() != RowTarget.Shape.CONNECTION) {
            return Optional.empty();
        }
        Candidate connection = connections.stream().filter(c -> c.path.equals(target.path())).findFirst().orElseThrow();
        CursorPlacement placement = connection.definition == null ? CursorPlacement.guessed(connection.field)
                : CursorPlacement.of(connection.definition);
        return Optional.of(PagingRewriter.rewrite(document, operation, target.path(), placement));
    }

    private void walk(GraphQLType parent, SelectionSet selections, List<String> prefix) {
        for (Selection<?> s : selections.getSelections()) {
            if (s instanceof Field field && !field.getName().equals("__typename")) {
                GraphQLFieldDefinition definition = schema == null ? null : definition(parent, field.getName());
                if (schema != null && definition == null) {
                    continue;
                }
                List<String> path = new ArrayList<>(prefix);
                path.add(field.getResultKey());
                Candidate candidate = new Candidate(path, field, definition);
                fields.add(candidate);
                boolean connection = definition == null ? selectsEdgesAndNodes(field)
                        : SchemaTypes.isConnection(definition.getType()) && PagingRewriter.takesCursor(definition);
                if (connection) {
                    connections.add(candidate);
                }
                boolean list = definition != null && SchemaTypes.isList(definition.getType());
                boolean connectionType = definition != null && SchemaTypes.isConnection(definition.getType());
                if (!list && field.getSelectionSet() != null && !connection && !connectionType) {
                    walk(definition == null ? null : SchemaTypes.named(definition.getType()), field.getSelectionSet(), path);
                }
            } else if (s instanceof InlineFragment inline) {
                GraphQLType narrowed = schema == null || inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                walk(narrowed == null ? parent : narrowed, inline.getSelectionSet(), prefix);
            }
        }
    }

    private RowTarget choose(String path) {
        Candidate chosen;
        if (path != null) {
            chosen = fields.stream().filter(c -> String.join(".", c.path).equals(path)).findFirst()
                    .orElseThrow(() -> notSelected(path));
        } else if (!connections.isEmpty()) {
            chosen = connections.get(0);
        } else if (!fields.isEmpty()) {
            chosen = fields.get(0);
            // an object that only wraps a list ({ __schema { types { name } } }): the list's items are the rows
            Candidate list = onlyList(chosen);
            chosen = list == null ? chosen : list;
        } else {
            throw new PantherException("the operation selects no field to make a table from (`%panther schema` "
                    + "lists the fields a query can select)");
        }
        if (connections.contains(chosen)) {
            return connectionTarget(chosen);
        }
        if (chosen.definition == null) {
            return new RowTarget(chosen.path, RowTarget.Shape.ANY, null, chosen.field.getSelectionSet(), null, null);
        }
        GraphQLType type = chosen.definition.getType();
        if (SchemaTypes.isList(type)) {
            return new RowTarget(chosen.path, RowTarget.Shape.LIST, SchemaTypes.named(type), chosen.field.getSelectionSet(),
                    null, null);
        }
        return new RowTarget(chosen.path, RowTarget.Shape.OBJECT, type, chosen.field.getSelectionSet(), null, null);
    }

    /** {@code --path} names no field: which paths hold rows, and what each is. */
    private PantherException notSelected(String path) {
        List<String> paths = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Candidate c : fields) {
            if (c.field.getSelectionSet() != null) {
                String dotted = String.join(".", c.path);
                paths.add(dotted);
                described.add(dotted + (connections.contains(c) ? " (pages of rows)" : c.definition == null ? ""
                        : SchemaTypes.isList(c.definition.getType()) ? " (a list)" : " (one object)"));
            }
        }
        return new PantherException("--path " + path + " is not selected by the operation"
                + Suggestions.didYouMean(path, paths) + "; " + (described.isEmpty()
                ? "it selects no field with fields of its own" : "the paths it selects rows at: " + String.join(", ", described)));
    }

    /** The one field an object (not a list) selects, when that field is a list of objects; else null. */
    private Candidate onlyList(Candidate parent) {
        if (parent.definition == null || SchemaTypes.isList(parent.definition.getType()) || parent.field.getSelectionSet() == null
                || countSelected(parent.field.getSelectionSet()) != 1) {
            return null;
        }
        return fields.stream().filter(c -> c.path.size() == parent.path.size() + 1
                        && c.path.subList(0, parent.path.size()).equals(parent.path) && c.definition != null
                        && SchemaTypes.isList(c.definition.getType()) && c.field.getSelectionSet() != null)
                .findFirst().orElse(null);
    }

    /** Fields selected directly (fragments included), {@code __typename} left out. */
    private int countSelected(SelectionSet set) {
        int count = 0;
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f && !f.getName().equals("__typename")) {
                count++;
            } else if (s instanceof InlineFragment inline) {
                count += countSelected(inline.getSelectionSet());
            }
        }
        return count;
    }

    /**
     * The dotted paths of the lists selected inside the rows (each of which {@code --path} can make a table of), when
     * the rows are one object: a list there is one JSON cell.
     */
    public List<String> listsInsideTheRow() {
        if (target.shape() != RowTarget.Shape.OBJECT) {
            return List.of();
        }
        return fields.stream().filter(c -> c.path.size() > target.path().size()
                        && c.path.subList(0, target.path().size()).equals(target.path())
                        && c.definition != null && SchemaTypes.isList(c.definition.getType()) && c.field.getSelectionSet() != null)
                .map(c -> String.join(".", c.path)).toList();
    }

    /** Whether the operation asks for the schema itself ({@code __schema}, {@code __type}). */
    public boolean introspects() {
        return fields.stream().anyMatch(c -> c.path.size() == 1 && c.field.getName().startsWith("__"));
    }

    /** A field's definition; the root's introspection fields are not fields of the query type. */
    private GraphQLFieldDefinition definition(GraphQLType parent, String name) {
        if (parent == schema.getQueryType() && name.equals(Introspection.SchemaMetaFieldDef.getName())) {
            return Introspection.SchemaMetaFieldDef;
        }
        if (parent == schema.getQueryType() && name.equals(Introspection.TypeMetaFieldDef.getName())) {
            return Introspection.TypeMetaFieldDef;
        }
        return SchemaTypes.field(parent, name);
    }

    private RowTarget connectionTarget(Candidate connection) {
        String where = String.join(".", connection.path);
        Field edges = child(connection.field.getSelectionSet(), "edges").orElseThrow(() -> new PantherException(
                "select edges { node { ... } } under " + where + " to get its rows"));
        Field node = child(edges.getSelectionSet(), "node").orElseThrow(() -> new PantherException(
                "select node { ... } under " + where + ".edges to get its rows"));
        GraphQLType nodeType = null;
        if (connection.definition != null) {
            GraphQLType edgeType = SchemaTypes.named(SchemaTypes.field(SchemaTypes.named(connection.definition.getType()), "edges").getType());
            nodeType = SchemaTypes.field(edgeType, "node").getType();
        }
        return new RowTarget(connection.path, RowTarget.Shape.CONNECTION, nodeType, node.getSelectionSet(),
                edges.getResultKey(), node.getResultKey());
    }

    /** A connection by its shape alone: the field selects {@code edges { node }}. */
    private static boolean selectsEdgesAndNodes(Field field) {
        return child(field.getSelectionSet(), "edges").flatMap(edges -> child(edges.getSelectionSet(), "node")).isPresent();
    }

    private static Optional<Field> child(SelectionSet set, String name) {
        if (set == null) {
            return Optional.empty();
        }
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field f && f.getName().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** A selected field; {@code definition} is null when there is no schema. */
    private record Candidate(List<String> path, Field field, GraphQLFieldDefinition definition) {
    }
}
