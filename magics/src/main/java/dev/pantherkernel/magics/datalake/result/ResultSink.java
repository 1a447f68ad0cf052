package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.Table;

import java.util.List;
import dev.pantherkernel.magics.table.ColumnKind;

/**
 * Takes a data lake result a page at a time instead of keeping it: each page arrives as a small typed table and
 * can be dropped once handled, so a result of any size passes through a bounded heap.
 */
@Internal
public interface ResultSink {

    /** Called once before the first page. */
    void begin(List<ResultColumn> columns);

    /** One page of rows (at most 999), in result order, with the columns {@link #begin} named. */
    void page(Table rows);

    /** A column of a data lake result: its name in the table, its Snowflake type, and the kind of values it holds. */
    public record ResultColumn(String name, String type, ColumnKind kind) {
    }
}
