package dev.pantherkernel.magics.datalake.result;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pantherkernel.magics.table.ColumnKind;
import dev.pantherkernel.magics.table.TableConversionException;

import java.io.IOException;
import java.time.DateTimeException;

/** The rows of one results page, column by column; they join a result with {@link ResultTable#append}. */
final class PageRows {

    private final ColumnLayout layout;
    private final ColumnChunk[] chunks;
    private int rows;

    /**
     * @param dictionaries where the text columns' values go (shared by the pages of a result)
     * @param firstRow     the page's first row in the whole result
     */
    PageRows(ColumnLayout layout, int capacity, TextDictionaries dictionaries, long firstRow) {
        this.layout = layout;
        this.chunks = new ColumnChunk[layout.size()];
        for (int c = 0; c < chunks.length; c++) {
            ColumnKind kind = layout.kind(c);
            boolean text = kind == ColumnKind.STRING || kind == ColumnKind.JSON;
            chunks[c] = ColumnChunk.of(kind, capacity, text ? dictionaries.of(c) : null, firstRow);
        }
    }

    static PageRows empty(ColumnLayout layout) {
        return new PageRows(layout, 0, new TextDictionaries(), 0);
    }

    int size() {
        return rows;
    }

    public ColumnLayout layout() {
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
                    read(chunks[c], parser);
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

    /**
     * Reads the value into its chunk, the chunk's class named at each call: from one call for every column, the
     * call of its reading method went through a table of methods (several classes had come there) and could not
     * be inlined; per class, each call is direct.
     */
    private static void read(ColumnChunk chunk, JsonParser parser) throws IOException {
        if (chunk instanceof ColumnChunk.Texts texts) {
            texts.read(parser);
        } else if (chunk instanceof ColumnChunk.Longs longs) {
            longs.read(parser);
        } else if (chunk instanceof ColumnChunk.Doubles doubles) {
            doubles.read(parser);
        } else if (chunk instanceof ColumnChunk.Instants instants) {
            instants.read(parser);
        } else if (chunk instanceof ColumnChunk.Booleans booleans) {
            booleans.read(parser);
        } else {
            chunk.read(parser);
        }
    }

    ColumnChunk chunk(int column) {
        return chunks[column];
    }

    /** Lets go of a column's values once the table has them. */
    void release(int column) {
        chunks[column] = null;
    }
}
