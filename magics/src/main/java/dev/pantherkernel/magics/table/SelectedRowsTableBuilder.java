package dev.pantherkernel.magics.table;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a table from rows whose selection is known but whose types are not (no schema): one column per selected
 * leaf, named by its dotted path ({@code origin.name}) as with a schema, typed by its values. A field that turns
 * out to hold a list becomes one JSON text column, as lists do with a schema.
 */
@Internal
public final class SelectedRowsTableBuilder extends BufferedRows {

    private final List<List<String>> leaves;

    /** @param leaves the dotted paths of the selected leaves, in selection order */
    public SelectedRowsTableBuilder(String name, List<List<String>> leaves) {
        super(name);
        this.leaves = List.copyOf(leaves);
    }

    @Override
    public Table table() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (List<String> leaf : leaves) {
            List<String> path = listPrefix(leaf);
            columns.putIfAbsent(String.join(".", path), path);
        }
        ColumnNames names = new ColumnNames();
        List<Column<?>> out = new ArrayList<>();
        columns.forEach((dotted, path) -> {
            List<JsonNode> values = new ArrayList<>(rows.size());
            rows.forEach(row -> values.add(at(row, path)));
            out.add(InferredColumn.of(names.unique(dotted), values));
        });
        return Table.create(name, out);
    }

    /** The leaf's path, cut after the first field that holds a list in some row. */
    private List<String> listPrefix(List<String> leaf) {
        for (int depth = 1; depth < leaf.size(); depth++) {
            List<String> prefix = leaf.subList(0, depth);
            if (rows.stream().anyMatch(row -> {
                JsonNode value = at(row, prefix);
                return value != null && value.isArray();
            })) {
                return prefix;
            }
        }
        return leaf;
    }

    private static JsonNode at(JsonNode row, List<String> path) {
        JsonNode value = row;
        for (String key : path) {
            value = value == null || !value.isObject() ? null : value.get(key);
        }
        return value;
    }
}
