package dev.pantherkernel.magics.datalake.indicator;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the searched values each row of an indicator search holds, as a {@value #COLUMN} column: Panther answers
 * with the events, not with the indicator that found each. A value matches when it is one of the row's indicators
 * (the {@code p_any_*} fields, as columns or inside the event's JSON; only the one searched when the search named a
 * kind), in any case; failing that (a text search), when the row's text contains it.
 */
final class MatchedIndicators {

    static final String COLUMN = "matched";

    private MatchedIndicators() {
    }

    /** {@code rows} with the {@value #COLUMN} column first: the values found in each row, "a, b" when several. */
    static Table added(Table rows, List<String> values, String kind) {
        if (rows.containsColumn(COLUMN)) {
            return rows;
        }
        String only = kind.startsWith(EventIndicators.PREFIX) ? kind.toLowerCase(Locale.ROOT) : null;
        StringColumn matched = StringColumn.create(COLUMN);
        for (int row = 0; row < rows.rowCount(); row++) {
            Set<String> indicators = new LinkedHashSet<>();
            EventIndicators.of(rows, row).forEach((family, held) -> {
                if (only == null || family.equals(only)) {
                    held.forEach(v -> indicators.add(v.toLowerCase(Locale.ROOT)));
                }
            });
            StringBuilder text = new StringBuilder();
            for (Column<?> column : rows.columns()) {
                if (!column.isMissing(row)) {
                    text.append(column.getString(row).toLowerCase(Locale.ROOT)).append('\n');
                }
            }
            List<String> found = new ArrayList<>();
            for (String wanted : values) {
                if (indicators.contains(wanted.toLowerCase(Locale.ROOT))) {
                    found.add(wanted);
                }
            }
            if (found.isEmpty()) {
                values.stream().filter(v -> text.indexOf(v.toLowerCase(Locale.ROOT)) >= 0).forEach(found::add);
            }
            if (found.isEmpty()) {
                matched.appendMissing();
            } else {
                matched.append(String.join(", ", found));
            }
        }
        Table out = rows.copy();
        out.insertColumn(0, matched);
        return out;
    }
}
