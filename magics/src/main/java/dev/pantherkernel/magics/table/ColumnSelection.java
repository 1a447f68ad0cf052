package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.PantherException;
import dev.pantherkernel.magics.command.Suggestions;
import tech.tablesaw.api.Table;

import java.util.List;

/** {@code --columns a,b}: keeps those columns, in that order; an unknown name is an error with a suggestion. */
public final class ColumnSelection {

    private ColumnSelection() {
    }

    public static Table keep(Table table, List<String> columns) {
        if (columns.isEmpty()) {
            return table;
        }
        List<String> names = table.columnNames();
        for (String column : columns) {
            if (!names.contains(column)) {
                throw new PantherException("no column '" + column + "' in the result; it has: "
                        + String.join(", ", names) + Suggestions.didYouMean(column, names));
            }
        }
        return table.selectColumns(columns.toArray(String[]::new));
    }
}
