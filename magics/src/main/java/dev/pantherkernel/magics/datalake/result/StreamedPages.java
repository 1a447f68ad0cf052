package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.datalake.result.ResultSink.ResultColumn;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.table.ColumnKind;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands each page to a {@link ResultSink} as a table of its own, keeping nothing but the count. A file's column types
 * are fixed before its first page, so a column whose type Panther did not name (or named in a way not known here)
 * goes out as JSON: each value as it came, which the file's reader can type later.
 */
final class StreamedPages implements PageTarget {

    private final ResultSink sink;
    /** One for the whole stream: a column of mostly distinct texts stops filling its dictionary (kept plain). */
    private final TextDictionaries dictionaries = new TextDictionaries();
    private long rows;

    public StreamedPages(ResultSink sink) {
        this.sink = sink;
    }

    @Override
    public void begin(PageRows first) {
        ColumnLayout layout = first.layout();
        List<ResultColumn> columns = new ArrayList<>();
        for (int c = 0; c < layout.size(); c++) {
            ColumnKind kind = layout.kind(c);
            columns.add(new ResultColumn(layout.name(c), layout.type(c), kind != null ? kind : ColumnKind.JSON));
        }
        sink.begin(columns);
    }

    @Override
    public void append(PageRows page, int count) {
        List<Column<?>> columns = new ArrayList<>(page.layout().size());
        // the next page may be read into the same dictionaries meanwhile
        synchronized (dictionaries) {
            for (int c = 0; c < page.layout().size(); c++) {
                String name = page.layout().name(c);
                ColumnChunk chunk = page.chunk(c);
                if (chunk instanceof InferredChunk values) {
                    columns.add(jsonText(name, values, count));
                } else {
                    ColumnJoin join = chunk.join(name, count);
                    join.add(chunk, count);
                    columns.add(join.column());
                }
            }
        }
        sink.page(Table.create("page", columns));
        rows += count;
    }

    @Override
    public boolean holdsRows() {
        return false;
    }

    @Override
    public long rowCount() {
        return rows;
    }

    @Override
    public TextDictionaries dictionaries() {
        return dictionaries;
    }

    private static StringColumn jsonText(String name, InferredChunk chunk, int count) {
        List<JsonNode> values = new ArrayList<>(count);
        chunk.appendTo(values, count);
        StringColumn column = StringColumn.create(name);
        for (JsonNode value : values) {
            if (value == null) {
                column.appendMissing();
            } else {
                column.append(value.toString());
            }
        }
        return column;
    }
}
