package dev.pantherkernel.magics.datalake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.table.TableConversionException;
import tech.tablesaw.columns.Column;

import java.io.IOException;
import java.time.DateTimeException;
import java.util.List;

/** The rows of one results page, column by column; they join the table with {@link #appendTo}. */
final class PageRows {

    private final ColumnLayout layout;
    private final ColumnChunk[] chunks;
    private int rows;

    PageRows(ColumnLayout layout, int capacity) {
        this.layout = layout;
        this.chunks = new ColumnChunk[layout.size()];
        for (int c = 0; c < chunks.length; c++) {
            chunks[c] = ColumnChunk.of(layout.kind(c), capacity);
        }
    }

    static PageRows empty(ColumnLayout layout) {
        return new PageRows(layout, 0);
    }

    int size() {
        return rows;
    }

    ColumnLayout layout() {
        return layout;
    }

    /**
     * Reads the row object at the parser's current token. A key the layout lacks is skipped; a column the row
     * lacks is a missing cell; a value that does not fit its column is an error naming the row and the column.
     *
     * @param rowNumber the row's number in the whole result, for errors
     */
    void readRow(JsonParser parser, long rowNumber) throws IOException {
        if (parser.currentToken() == JsonToken.START_OBJECT) {
            int position = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                int c = layout.indexOf(key, position++);
                if (c < 0 || chunks[c].size() > rows) {
                    parser.skipChildren();
                    continue;
                }
                try {
                    chunks[c].read(parser);
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw new TableConversionException("row " + rowNumber + ", column " + layout.name(c) + " ("
                            + layout.type(c) + "): " + e.getMessage(), e);
                }
            }
        } else if (parser.currentToken() != JsonToken.VALUE_NULL) {
            throw new TableConversionException("row " + rowNumber + " is " + parser.getText() + ", not a JSON object", null);
        }
        for (ColumnChunk chunk : chunks) {
            if (chunk.size() == rows) {
                chunk.readMissing();
            }
        }
        rows++;
    }

    /** New, empty table columns for this layout; null for a column whose values will decide its kind. */
    Column<?>[] newColumns() {
        Column<?>[] columns = new Column<?>[chunks.length];
        for (int c = 0; c < chunks.length; c++) {
            columns[c] = chunks[c].newColumn(layout.name(c));
        }
        return columns;
    }

    /**
     * Adds the first {@code count} rows to {@code columns}, replacing any column that had to widen; the values of a
     * column without a kind go to its list in {@code inferred} instead.
     */
    void appendTo(Column<?>[] columns, List<List<JsonNode>> inferred, int count) {
        for (int c = 0; c < chunks.length; c++) {
            if (chunks[c] instanceof InferredChunk values) {
                values.appendTo(inferred.get(c), count);
            } else {
                columns[c] = chunks[c].appendTo(columns[c], count);
            }
        }
    }
}
