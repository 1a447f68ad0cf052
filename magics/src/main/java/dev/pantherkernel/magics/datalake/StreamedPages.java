package dev.pantherkernel.magics.datalake;

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
    private long rows;

    StreamedPages(ResultSink sink) {
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
        Column<?>[] columns = page.newColumns();
        List<List<JsonNode>> untyped = new ArrayList<>(columns.length);
        for (Column<?> column : columns) {
            untyped.add(column == null ? new ArrayList<>(count) : null);
        }
        page.appendTo(columns, untyped, count);
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == null) {
                columns[c] = jsonText(page.layout().name(c), untyped.get(c));
            }
        }
        sink.page(Table.create("page", columns));
        rows += count;
    }

    @Override
    public long rowCount() {
        return rows;
    }

    private static StringColumn jsonText(String name, List<JsonNode> values) {
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
