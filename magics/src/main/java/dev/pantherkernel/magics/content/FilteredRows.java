package dev.pantherkernel.magics.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.table.RowSink;
import tech.tablesaw.api.Table;

import java.util.function.Predicate;

/** Passes on only the rows a filter keeps, for lists that Panther's REST API cannot filter itself. */
final class FilteredRows implements RowSink {

    private final RowSink target;
    private final Predicate<JsonNode> keep;

    FilteredRows(RowSink target, Predicate<JsonNode> keep) {
        this.target = target;
        this.keep = keep;
    }

    @Override
    public void accept(JsonNode row) {
        if (keep.test(row)) {
            target.accept(row);
        }
    }

    @Override
    public int rowCount() {
        return target.rowCount();
    }

    @Override
    public Table table() {
        return target.table();
    }
}
