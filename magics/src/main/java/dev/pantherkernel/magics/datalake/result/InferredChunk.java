package dev.pantherkernel.magics.datalake.result;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The values of a column whose type Panther did not name, or named in a way not known here: kept as JSON values
 * until the whole result is in, when they decide the column's kind together ({@code InferredColumn}).
 */
final class InferredChunk extends ColumnChunk {

    private JsonNode[] values;

    InferredChunk(int capacity) {
        super(capacity);
        values = new JsonNode[capacity];
    }

    @Override
    void value(JsonParser parser, int row) throws IOException {
        values[row] = parser.readValueAsTree();
    }

    @Override
    void resize(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }

    @Override
    ColumnJoin join(String name, int rows) {
        return new ColumnJoin.Inferred(name, rows);
    }

    /** Adds the first {@code count} values ({@code null} for a missing one) to those collected so far. */
    void appendTo(List<JsonNode> collected, int count) {
        for (int i = 0; i < count; i++) {
            collected.add(isMissing(i) ? null : values[i]);
        }
    }
}
