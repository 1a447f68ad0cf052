package dev.pantherkernel.kernel.render;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rendered table shows: the first and last rows of a long table as strings, the columns with their
 * types, and how many rows are hidden in between. HTML and plain text both render from this.
 */
public record TableView(String name, List<String> columns, List<String> types, List<Boolean> numeric,
                        List<Integer> headIndexes, List<List<String>> head, List<Integer> tailIndexes,
                        List<List<String>> tail, int rowCount) {

    public static final int HEAD_ROWS = 20;
    public static final int TAIL_ROWS = 5;

    public static TableView of(Table table) {
        return of(table, HEAD_ROWS, TAIL_ROWS);
    }

    public static TableView of(Table table, int headRows, int tailRows) {
        int rows = table.rowCount();
        List<Column<?>> cols = table.columns();
        List<String> names = cols.stream().map(Column::name).toList();
        List<String> types = cols.stream().map(c -> c.type().name()).toList();
        List<Boolean> numeric = cols.stream().map(c -> (Boolean) (c instanceof NumericColumn<?>)).toList();
        boolean fits = rows <= headRows + tailRows;
        int headEnd = fits ? rows : headRows;
        int tailStart = fits ? rows : rows - tailRows;
        List<Integer> headIndexes = range(0, headEnd);
        List<Integer> tailIndexes = range(tailStart, rows);
        return new TableView(table.name(), names, types, numeric, headIndexes, rowsOf(cols, headIndexes),
                tailIndexes, rowsOf(cols, tailIndexes), rows);
    }

    public int hiddenRows() {
        return rowCount - head.size() - tail.size();
    }

    /** The widest row number shown, in digits (the row number column is as wide as that). */
    public int indexDigits() {
        return String.valueOf(Math.max(1, rowCount - 1)).length();
    }

    public int columnCount() {
        return columns.size();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            out.add(i);
        }
        return out;
    }

    private static List<List<String>> rowsOf(List<Column<?>> cols, List<Integer> indexes) {
        List<List<String>> rows = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            List<String> row = new ArrayList<>(cols.size());
            for (Column<?> c : cols) {
                row.add(c.isMissing(i) ? "" : c.getString(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
