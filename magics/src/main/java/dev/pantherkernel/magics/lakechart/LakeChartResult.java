package dev.pantherkernel.magics.lakechart;

import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.redact.Redaction;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.plotly.components.Figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart aggregated in the data lake: the figure (the one {@code %panther chart} draws from a table), the buckets
 * that came back (with the query's facts), the SQL that made them, and how many rows they stand for.
 *
 * @param rowsAggregated the rows of the source the data lake added up into the buckets (after filters)
 * @param showSql        whether the SQL is shown with the chart ({@code --show-sql})
 */
@PublicApi
public record LakeChartResult(Figure figure, Result buckets, String sql, String source, long rowsAggregated,
                              boolean showSql) {

    /** The facts under the chart: rows aggregated and rows back first, then the query's own footer. */
    public List<String> footer() {
        List<String> out = new ArrayList<>();
        long back = buckets.table().rowCount();
        out.add(String.format(Locale.ROOT, "%s: %,d %s aggregated in the data lake, %,d %s came back", source,
                rowsAggregated, rowsAggregated == 1 ? "row" : "rows", back, back == 1 ? "row" : "rows"));
        out.addAll(buckets.footer());
        return out;
    }

    /**
     * As the notebook gets it while the session redacts: the buckets' facts and the SQL with pseudonyms (the figure was
     * drawn from redacted buckets already).
     */
    public LakeChartResult redacted(Redaction redaction) {
        return redaction.on() ? new LakeChartResult(figure, redaction.result(buckets), redaction.text(sql), source,
                rowsAggregated, showSql) : this;
    }

    public List<String> warnings() {
        return buckets.warnings();
    }

    /** The text a console shows: warnings, the SQL when asked for, and the footer (the figure needs a browser). */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        warnings().forEach(w -> out.append("⚠ ").append(w).append('\n'));
        if (showSql) {
            out.append(sql).append('\n');
        }
        out.append(String.join(" · ", footer()));
        return out.toString();
    }
}
