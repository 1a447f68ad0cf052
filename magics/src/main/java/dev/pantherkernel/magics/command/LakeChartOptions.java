package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.lakechart.ChartSource;
import dev.pantherkernel.magics.lakechart.LakeChartRequest;
import dev.pantherkernel.magics.lakechart.LakeChartRequest.OtherSeries;
import picocli.CommandLine.Option;

import java.time.Duration;

/** The options of a chart aggregated in the data lake, besides what any chart draws. */
final class LakeChartOptions {

    @BindsPlaceholders
    @Option(names = "--where", paramLabel = "SQL", description = {"Only rows meeting this SQL condition (quote it).",
            "{name} in it is a Java variable's value as a SQL literal; {name!ident} a column name."})
    String where;

    @Option(names = "--since", paramLabel = "D",
            description = "Only rows whose x is in the last D: 30m (minutes), 24h, 30d, 1mo (30 days).")
    Duration since;

    @Option(names = "--top", paramLabel = "N", description = "Keep the N largest --by series; the rest become 'other'.")
    int top;

    @Option(names = "--others", paramLabel = "hide|show", completionCandidates = LowerCaseNames.OtherSeriesWords.class,
            description = "With --top: show the other series added up as 'other' (default), or hide them.")
    OtherSeries others;

    @Option(names = "--show-sql", description = "Show the aggregating SQL sent to the data lake with the chart.")
    boolean showSql;

    /** Whether any of these options was given (they mean nothing for a table already in the session). */
    boolean any() {
        return where != null || since != null || top != 0 || others != null || showSql;
    }

    LakeChartRequest request(ChartSource source, ChartOptions chart) {
        if (top < 0) {
            throw new UsageException("--top " + top + ": give a positive number of series");
        }
        if (others != null && (top == 0 || chart.by == null)) {
            throw new UsageException("--others says what to do with the series past --top N: give --by COL --top N too");
        }
        return LakeChartRequest.of(source, chart.requiredX()).bucket(chart.bucket).by(chart.by).y(chart.y)
                .aggregation(chart.aggregation).kind(chart.kind).title(chart.title).where(where).since(since).top(top).others(others);
    }
}
