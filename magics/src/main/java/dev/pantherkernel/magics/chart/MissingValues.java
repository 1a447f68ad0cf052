package dev.pantherkernel.magics.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a chart could not place by their value, counted so that none is left out silently: a missing category
 * (x or --by) is drawn as {@value ChartBuilder#NONE}; a missing time or number on an axis, or a point without its x or
 * y, cannot be drawn, and says so.
 */
final class MissingValues {

    private final Map<String, Long> none = new LinkedHashMap<>();
    private final Map<String, Long> undrawn = new LinkedHashMap<>();

    /** {@code rows} rows without a value in {@code column}, drawn as {@value ChartBuilder#NONE}. */
    void none(String column, long rows) {
        none.merge(column, rows, Long::sum);
    }

    /** {@code rows} rows without a value in {@code column}, not drawn. */
    void undrawn(String column, long rows) {
        undrawn.merge(column, rows, Long::sum);
    }

    /** One line per column: "32 alerts have no origin.name: counted as (none)"; empty when every row had its values. */
    List<String> notes(Counted counted) {
        List<String> notes = new ArrayList<>();
        none.forEach((column, rows) -> notes.add(counted.count(rows) + (rows == 1 ? " has" : " have") + " no " + column
                + ": counted as " + ChartBuilder.NONE));
        undrawn.forEach((column, rows) -> notes.add(counted.count(rows) + (rows == 1 ? " has" : " have") + " no " + column
                + ": not drawn"));
        return notes;
    }
}
