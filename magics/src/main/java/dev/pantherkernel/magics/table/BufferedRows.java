package dev.pantherkernel.magics.table;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A sink that keeps every row until the table is made: for rows whose column types only all the values together
 * can tell.
 */
abstract class BufferedRows implements RowSink {

    protected final String name;
    protected final List<JsonNode> rows = new ArrayList<>();

    BufferedRows(String name) {
        this.name = name;
    }

    @Override
    public void accept(JsonNode row) {
        rows.add(row);
    }

    @Override
    public int rowCount() {
        return rows.size();
    }
}
