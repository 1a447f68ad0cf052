package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.Suggestions;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code --columns a,b}: keeps those columns, in that order, named in any case ({@code p_event_time} keeps
 * {@code P_EVENT_TIME}); an unknown name is an error with a suggestion.
 */
@Internal
public final class ColumnSelection {

    private ColumnSelection() {
    }

    public static Table keep(Table table, List<String> columns) {
        if (columns.isEmpty()) {
            return table;
        }
        List<String> names = table.columnNames();
        List<String> kept = new ArrayList<>();
        for (String column : columns) {
            kept.add(ColumnNames.find(table, column).orElseThrow(() -> new PantherException("no column '" + column
                    + "' in the result; it has: " + String.join(", ", names) + Suggestions.didYouMean(column, names))));
        }
        return table.selectColumns(kept.toArray(String[]::new));
    }
}
