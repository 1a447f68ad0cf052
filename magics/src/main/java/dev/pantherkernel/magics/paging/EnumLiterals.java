package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.graphql.SchemaTypes;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a quoted value as an enum where the schema wants an enum: {@code "CRITICAL"} becomes {@code CRITICAL}.
 * Java strings put into a cell with {@code {name}} arrive quoted, and GraphQL refuses a string for an enum.
 */
final class EnumLiterals {

    private final GraphQLSchema schema;

    public EnumLiterals(GraphQLSchema schema) {
        this.schema = schema;
    }

    public Document fix(Document document) {
        List<Definition> definitions = new ArrayList<>();
        for (Definition<?> d : document.getDefinitions()) {
            if (d instanceof OperationDefinition op) {
                GraphQLType root = op.getOperation() == OperationDefinition.Operation.MUTATION
                        ? schema.getMutationType() : schema.getQueryType();
                definitions.add(op.transform(b -> b.selectionSet(selections(root, op.getSelectionSet()))));
            } else if (d instanceof FragmentDefinition fragment) {
                GraphQLType on = schema.getType(fragment.getTypeCondition().getName());
                definitions.add(fragment.transform(b -> b.selectionSet(selections(on, fragment.getSelectionSet()))));
            } else {
                definitions.add(d);
            }
        }
        return document.transform(b -> b.definitions(definitions));
    }

    private SelectionSet selections(GraphQLType parent, SelectionSet set) {
        if (set == null || parent == null) {
            return set;
        }
        List<Selection> out = new ArrayList<>();
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field field) {
                GraphQLFieldDefinition definition = SchemaTypes.field(parent, field.getName());
                if (definition == null) {
                    out.add(field);
                    continue;
                }
                List<Argument> arguments = new ArrayList<>();
                for (Argument a : field.getArguments()) {
                    GraphQLArgument argument = definition.getArgument(a.getName());
                    arguments.add(argument == null ? a : a.transform(b -> b.value(value(argument.getType(), a.getValue()))));
                }
                SelectionSet inner = selections(SchemaTypes.named(definition.getType()), field.getSelectionSet());
                out.add(field.transform(b -> b.arguments(arguments).selectionSet(inner)));
            } else if (s instanceof InlineFragment inline) {
                GraphQLType narrowed = inline.getTypeCondition() == null ? parent
                        : schema.getType(inline.getTypeCondition().getName());
                SelectionSet inner = selections(narrowed, inline.getSelectionSet());
                out.add(inline.transform(b -> b.selectionSet(inner)));
            } else {
                out.add(s);
            }
        }
        return set.transform(b -> b.selections(out));
    }

    private Value<?> value(GraphQLType type, Value<?> value) {
        GraphQLType t = SchemaTypes.nullable(type);
        if (t instanceof GraphQLList list) {
            if (value instanceof ArrayValue array) {
                List<Value> items = new ArrayList<>();
                array.getValues().forEach(v -> items.add(value(list.getWrappedType(), v)));
                return array.transform(b -> b.values(items));
            }
            return value(list.getWrappedType(), value);
        }
        if (t instanceof GraphQLEnumType enumType && value instanceof StringValue string
                && enumType.getValue(string.getValue()) != null) {
            return new EnumValue(string.getValue());
        }
        if (t instanceof GraphQLInputObjectType input && value instanceof ObjectValue object) {
            List<ObjectField> fields = new ArrayList<>();
            for (ObjectField f : object.getObjectFields()) {
                GraphQLInputObjectField definition = input.getFieldDefinition(f.getName());
                fields.add(definition == null ? f : f.transform(b -> b.value(value(definition.getType(), f.getValue()))));
            }
            return object.transform(b -> b.objectFields(fields));
        }
        return value;
    }
}
