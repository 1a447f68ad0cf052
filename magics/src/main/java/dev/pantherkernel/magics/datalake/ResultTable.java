package dev.pantherkernel.magics.datalake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.table.InferredColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The typed columns of a result, growing a page at a time. A column whose type Panther did not name collects its
 * values until the table is made, when they decide its kind.
 */
final class ResultTable implements PageTarget {

    private Column<?>[] columns;
    private List<String> names;
    private final List<List<JsonNode>> inferred = new ArrayList<>();
    private long rows;

    private ResultTable(Column<?>[] columns, List<String> names) {
        layOut(columns, names);
    }

    /** Empty columns laid out like {@code page}. */
    static ResultTable like(PageRows page) {
        return new ResultTable(page.newColumns(), namesOf(page));
    }

    /** No columns until the first page comes. */
    static ResultTable none() {
        return new ResultTable(new Column<?>[0], List.of());
    }

    @Override
    public void begin(PageRows first) {
        layOut(first.newColumns(), namesOf(first));
    }

    @Override
    public void append(PageRows page, int count) {
        page.appendTo(columns, inferred, count);
        rows += count;
    }

    @Override
    public long rowCount() {
        return rows;
    }

    Table table(String name) {
        List<Column<?>> out = new ArrayList<>(columns.length);
        for (int c = 0; c < columns.length; c++) {
            out.add(columns[c] != null ? columns[c] : InferredColumn.of(names.get(c), inferred.get(c)));
        }
        return Table.create(name, out);
    }

    /** The columns whose kind their values decided, and the kind they got (lower case: {@code long}, {@code instant}). */
    Map<String, String> inferredKinds() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int c = 0; c < columns.length; c++) {
            if (columns[c] == null) {
                out.put(names.get(c), InferredColumn.kindOf(inferred.get(c)).name().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private void layOut(Column<?>[] newColumns, List<String> newNames) {
        columns = newColumns;
        names = newNames;
        inferred.clear();
        for (Column<?> column : newColumns) {
            inferred.add(column == null ? new ArrayList<>() : null);
        }
    }

    private static List<String> namesOf(PageRows page) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < page.layout().size(); c++) {
            names.add(page.layout().name(c));
        }
        return names;
    }
}
