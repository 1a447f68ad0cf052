package dev.pantherkernel.magics.datalake;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.List;

/** Hands each page to a {@link ResultSink} as a table of its own, keeping nothing but the count. */
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
            columns.add(new ResultColumn(layout.name(c), layout.type(c), layout.kind(c)));
        }
        sink.begin(columns);
    }

    @Override
    public void append(PageRows page, int count) {
        Column<?>[] columns = page.newColumns();
        page.appendTo(columns, count);
        sink.page(Table.create("page", columns));
        rows += count;
    }

    @Override
    public long rowCount() {
        return rows;
    }
}
