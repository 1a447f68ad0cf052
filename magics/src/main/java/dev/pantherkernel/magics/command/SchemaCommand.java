package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.graphql.BrowsableSchema;
import dev.pantherkernel.magics.graphql.TypeNames;
import dev.pantherkernel.magics.table.Result;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.stream.Collectors;
import dev.pantherkernel.magics.table.ColumnSelection;
import graphql.language.AstPrinter;
import graphql.language.Value;
import graphql.schema.InputValueWithState;

/** {@code %panther schema [Type[.field]]}: browse the API schema of the connected Panther. */
@Command(name = "schema", header = "Browse the API schema: operations, types, fields, arguments.", description = {
        "Browse the API: with no argument the queries and mutations; with a type its fields (or values,",
        "or members); with Type.field that field's arguments. A Panther that refuses introspection is",
        "shown from the kernel's reference copy of Panther's public API, with a warning that it may differ.",
        "The schema is kept on disk per Panther and version: --refresh asks this Panther for it again."})
final class SchemaCommand extends TableCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "Type[.field]")
    String what;

    @Option(names = "--refresh", description = "Ask this Panther for its schema again instead of using the copy kept on disk.")
    boolean refresh;

    SchemaCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        Connection connection = context.connection();
        boolean refreshed = refresh && connection.reloadSchema();
        BrowsableSchema browsable = connection.browsableSchema();
        GraphQLSchema schema = browsable.schema();
        if (what != null && !names(schema) && connection.reloadCachedSchema()) {
            // a copy kept on disk may be older than this Panther's schema: ask before saying the type is not there
            browsable = connection.browsableSchema();
            schema = browsable.schema();
        }
        Table out;
        if (what == null) {
            out = rows("schema", List.of("operation", "field", "type", "arguments", "description"));
            addFields(out, "query", schema.getQueryType());
            if (schema.getMutationType() != null) {
                addFields(out, "mutation", schema.getMutationType());
            }
        } else {
            String typeName = typeName();
            GraphQLNamedType type = (GraphQLNamedType) schema.getType(typeName);
            if (type == null) {
                List<String> names = schema.getAllTypesAsList().stream().map(GraphQLNamedType::getName)
                        .filter(n -> !n.startsWith("__")).toList();
                throw new UsageException("no type " + typeName + " in the schema" + Suggestions.didYouMean(typeName, names));
            }
            out = what.contains(".") ? arguments(type, what.substring(what.indexOf('.') + 1)) : describe(type);
        }
        Result.Builder result = Result.newResult(ColumnSelection.keep(out, table.columns()))
                .operation("schema" + (what == null ? "" : " " + what));
        browsable.referenceNote().ifPresent(result::warning);
        if (refresh && !refreshed) {
            result.detail("not refreshed: " + (connection.demo() ? "the built-in demo's schema is its own"
                    : "a replayed session keeps the recorded schema"));
        }
        return result.build();
    }

    /** Whether {@code schema} has the type (and field) asked for. */
    private boolean names(GraphQLSchema schema) {
        GraphQLNamedType type = (GraphQLNamedType) schema.getType(typeName());
        if (type == null || !what.contains(".")) {
            return type != null;
        }
        String field = what.substring(what.indexOf('.') + 1);
        if (type instanceof GraphQLFieldsContainer fields) {
            return fields.getFieldDefinition(field) != null;
        }
        return !(type instanceof GraphQLInputObjectType input) || input.getField(field) != null;
    }

    private String typeName() {
        return what.contains(".") ? what.substring(0, what.indexOf('.')) : what;
    }

    private static Table describe(GraphQLNamedType type) {
        if (type instanceof GraphQLFieldsContainer fields) {
            Table out = rows(type.getName(), List.of("field", "type", "arguments", "description"));
            for (GraphQLFieldDefinition f : fields.getFieldDefinitions()) {
                add(out, f.getName(), TypeNames.display(f.getType()), arguments(f), f.getDescription());
            }
            return out;
        }
        if (type instanceof GraphQLInputObjectType input) {
            Table out = rows(type.getName(), List.of("field", "type", "default", "description"));
            for (GraphQLInputObjectField f : input.getFieldDefinitions()) {
                add(out, f.getName(), TypeNames.display(f.getType()), defaultOf(f.getInputFieldDefaultValue()),
                        f.getDescription());
            }
            return out;
        }
        if (type instanceof GraphQLEnumType enumType) {
            Table out = rows(type.getName(), List.of("value", "description"));
            for (GraphQLEnumValueDefinition v : enumType.getValues()) {
                add(out, v.getName(), v.getDescription());
            }
            return out;
        }
        if (type instanceof GraphQLUnionType union) {
            Table out = rows(type.getName(), List.of("member"));
            union.getTypes().forEach(t -> add(out, ((GraphQLNamedType) t).getName()));
            return out;
        }
        Table out = rows(type.getName(), List.of("scalar", "description"));
        add(out, type.getName(), type.getDescription());
        return out;
    }

    private static Table arguments(GraphQLNamedType type, String fieldName) {
        if (!(type instanceof GraphQLFieldsContainer fields) || fields.getFieldDefinition(fieldName) == null) {
            List<String> names = type instanceof GraphQLFieldsContainer f
                    ? f.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList() : List.of();
            throw new UsageException("no field " + type.getName() + "." + fieldName + Suggestions.didYouMean(fieldName, names));
        }
        GraphQLFieldDefinition field = fields.getFieldDefinition(fieldName);
        Table out = rows(type.getName() + "." + fieldName, List.of("argument", "type", "default", "description"));
        for (GraphQLArgument a : field.getArguments()) {
            add(out, a.getName(), TypeNames.display(a.getType()), defaultOf(a.getArgumentDefaultValue()), a.getDescription());
        }
        add(out, "(returns)", TypeNames.display(field.getType()), "", field.getDescription());
        return out;
    }

    private static void addFields(Table out, String operation, GraphQLFieldsContainer root) {
        for (GraphQLFieldDefinition f : root.getFieldDefinitions()) {
            add(out, operation, f.getName(), TypeNames.display(f.getType()), arguments(f), f.getDescription());
        }
    }

    private static String arguments(GraphQLFieldDefinition f) {
        return f.getArguments().stream().map(a -> a.getName() + ": " + TypeNames.display(a.getType()))
                .collect(Collectors.joining(", "));
    }

    private static String defaultOf(InputValueWithState value) {
        return value == null || !value.isSet() || value.getValue() == null ? ""
                : value.getValue() instanceof Value<?> literal
                ? AstPrinter.printAst(literal) : String.valueOf(value.getValue());
    }

    private static Table rows(String name, List<String> columns) {
        Table table = Table.create(name);
        columns.forEach(c -> table.addColumns(StringColumn.create(c)));
        return table;
    }

    private static void add(Table table, String... values) {
        for (int i = 0; i < values.length; i++) {
            table.stringColumn(i).append(values[i] == null ? "" : values[i]);
        }
    }
}
