package dev.pantherkernel.magics.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.table.RowSink;
import tech.tablesaw.api.Table;

import java.util.List;

/** Keeps the rows as they came, for a look-up rather than a table. */
final class CollectedRows implements RowSink {

    private final List<JsonNode> rows;

    CollectedRows(List<JsonNode> rows) {
        this.rows = rows;
    }

    @Override
    public void accept(JsonNode row) {
        rows.add(row);
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public Table table() {
        throw new UnsupportedOperationException("collected rows make no table");
    }
}
