package dev.pantherkernel.magics.table;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a table from rows whose shape the schema does not give (a {@code JSON} node, like an alert's events):
 * one column per top-level key, in the order keys first appear, typed by what all the values have in common
 * ({@link InferredColumn}).
 */
@Internal
public final class JsonRowsTableBuilder extends BufferedRows {

    public JsonRowsTableBuilder(String name) {
        super(name);
    }

    @Override
    public Table table() {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode row : rows) {
            if (row != null && row.isObject()) {
                for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
                    keys.add(it.next());
                }
            }
        }
        List<Column<?>> columns = new ArrayList<>();
        if (keys.isEmpty()) {
            // scalar rows, or objects without a key: one column, so that every row is still there
            columns.add(InferredColumn.of("value", rows));
        } else {
            ColumnNames names = new ColumnNames();
            for (String key : keys) {
                List<JsonNode> values = new ArrayList<>(rows.size());
                for (JsonNode row : rows) {
                    values.add(row == null ? null : row.get(key));
                }
                columns.add(InferredColumn.of(names.unique(key), values));
            }
        }
        return Table.create(name, columns);
    }

}
