package dev.pantherkernel.emulator.http;

import dev.pantherkernel.emulator.faults.OperationShape;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads an {@link OperationShape} from a request's document, with graphql-java's parser. Shapes are kept by query
 * text: a paging client sends the same document for every page, and parsing it each time showed in profiles.
 */
final class OperationShapes {
    private static final int CAPACITY = 500;

    private record Key(String query, String operationName) {}

    private final Map<Key, OperationShape> known = new ConcurrentHashMap<>();

    OperationShape of(String query, String operationName) {
        Key key = new Key(query, operationName);
        OperationShape shape = known.get(key);
        if (shape == null) {
            shape = read(query, operationName);
            if (known.size() >= CAPACITY) {
                // bounded: a few hundred distinct documents is far more than any client sends
                known.clear();
            }
            known.put(key, shape);
        }
        return shape;
    }

    private static OperationShape read(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return OperationShape.unknown();
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition operation = operations.stream()
                .filter(op -> operationName == null ? operations.size() == 1 : operationName.equals(op.getName()))
                .findFirst()
                .orElse(null);
        if (operation == null) {
            return OperationShape.unknown();
        }
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
        List<Field> roots = fields(operation.getSelectionSet(), fragments);
        Set<String> names = new LinkedHashSet<>();
        boolean results = false;
        for (Field root : roots) {
            names.add(root.getName());
            if ("dataLakeQuery".equals(root.getName())) {
                results |= fields(root.getSelectionSet(), fragments).stream().anyMatch(f -> "results".equals(f.getName()));
            }
        }
        return new OperationShape(names, operation.getName(), results);
    }

    /** The fields of a selection set, looking through fragments. */
    private static List<Field> fields(SelectionSet set, Map<String, FragmentDefinition> fragments) {
        List<Field> out = new ArrayList<>();
        collect(set, fragments, out, 0);
        return out;
    }

    private static void collect(SelectionSet set, Map<String, FragmentDefinition> fragments, List<Field> out, int depth) {
        if (set == null || depth > 20) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                out.add(field);
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), fragments, out, depth + 1);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                collect(fragments.get(spread.getName()).getSelectionSet(), fragments, out, depth + 1);
            }
        }
    }
}
