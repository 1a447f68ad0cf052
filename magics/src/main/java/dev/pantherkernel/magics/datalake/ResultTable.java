package dev.pantherkernel.magics.datalake;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The typed columns of a result, growing a page at a time. */
final class ResultTable implements PageTarget {

    private Column<?>[] columns;
    private long rows;

    private ResultTable(Column<?>[] columns) {
        this.columns = columns;
    }

    /** Empty columns laid out like {@code page}. */
    static ResultTable like(PageRows page) {
        return new ResultTable(page.newColumns());
    }

    /** No columns until the first page comes. */
    static ResultTable none() {
        return new ResultTable(new Column<?>[0]);
    }

    @Override
    public void begin(PageRows first) {
        columns = first.newColumns();
    }

    @Override
    public void append(PageRows page, int count) {
        page.appendTo(columns, count);
        rows += count;
    }

    @Override
    public long rowCount() {
        return rows;
    }

    Table table(String name) {
        return Table.create(name, columns);
    }
}
