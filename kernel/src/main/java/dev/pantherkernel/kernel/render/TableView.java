package dev.pantherkernel.kernel.render;

import dev.pantherkernel.magics.table.TableDisplay;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rendered table shows: the first and last rows of a long table as strings, the columns with their
 * types, how many rows are hidden in between, and how it is shown ({@link TableDisplay}: value width, footer).
 * HTML and plain text both render from this.
 */
public record TableView(String name, List<String> columns, List<String> types, List<Boolean> numeric,
                        List<Integer> headIndexes, List<List<String>> head, List<Integer> tailIndexes,
                        List<List<String>> tail, int rowCount, TableDisplay display) {

    /** A note in place of fewer rows than this would save no room: such a table is shown whole. */
    static final int FEWEST_HIDDEN = 5;
    /**
     * A first column this wide at most stays in view while a wide table scrolls (a time, a name); a wider one (a
     * 32-character alert id) would take a quarter of the width, and only the row number stays.
     */
    static final int PINNED_UP_TO = 20;
    /**
     * The most characters of one value a table's output holds (on hover, wrapped, or in text): a data lake event can be
     * megabytes of JSON, and 25 such rows made a cell's output tens of megabytes, saved into the notebook.
     */
    static final int MAX_VALUE_CHARS = 10_000;

    public static TableView of(Table table) {
        return of(table, TableDisplay.DEFAULT);
    }

    public static TableView of(Table table, TableDisplay display) {
        int rows = table.rowCount();
        List<Column<?>> cols = table.columns();
        List<String> names = cols.stream().map(Column::name).toList();
        List<String> types = cols.stream().map(c -> c.type().name()).toList();
        List<Boolean> numeric = cols.stream().map(c -> (Boolean) (c instanceof NumericColumn<?>)).toList();
        boolean whole = display.allRows() || rows - display.rows() < FEWEST_HIDDEN;
        int headEnd = whole ? rows : display.headRows();
        int tailStart = whole ? rows : rows - display.tailRows();
        List<Integer> headIndexes = range(0, headEnd);
        List<Integer> tailIndexes = range(tailStart, rows);
        return new TableView(table.name(), names, types, numeric, headIndexes, rowsOf(cols, headIndexes),
                tailIndexes, rowsOf(cols, tailIndexes), rows, display);
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

    /** Whether the first column stays in view beside the row number while a wide table scrolls: only a narrow one. */
    public boolean firstColumnPinned() {
        if (columns.isEmpty() || columns.get(0).length() > PINNED_UP_TO) {
            return false;
        }
        for (List<List<String>> part : List.of(head, tail)) {
            for (List<String> row : part) {
                if (row.get(0).length() > PINNED_UP_TO) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code value} is longer than a cell shows (it is cut there, whole on hover). */
    public boolean cut(String value) {
        return !display.wholeValues() && (value.length() > display.width() || value.indexOf('\n') >= 0);
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
                row.add(c.isMissing(i) ? "" : ValueText.cut(c.getString(i), MAX_VALUE_CHARS, "the table holds the whole value"));
            }
            rows.add(row);
        }
        return rows;
    }
}
