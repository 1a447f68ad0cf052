package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.chart.Aggregation;
import dev.pantherkernel.magics.chart.ChartKind;
import dev.pantherkernel.magics.chart.ChartRequest;
import picocli.CommandLine.Option;

import java.time.Duration;

/** What a chart draws, the same for a table in the session and for one aggregated in the data lake. */
final class ChartOptions {

    @Option(names = "--x", paramLabel = "COL", description = "The column along the x axis.")
    String x;

    @Option(names = "--y", paramLabel = "COL", description = "A numeric column to sum or average (or, for a timeline, its rows).")
    String y;

    @Option(names = "--by", paramLabel = "COL", description = "One series (stack, line, colour) per value of this column.")
    String by;

    @Option(names = "--kind", completionCandidates = LowerCaseNames.Kinds.class, paramLabel = "KIND",
            description = "bar (default), line, area, pie, histogram, scatter or timeline.")
    ChartKind kind;

    @Option(names = "--bucket", paramLabel = "D",
            description = "Time bucket for a time x: 15m, 1h, 1d, 1w.")
    Duration bucket;

    @Option(names = "--agg", completionCandidates = LowerCaseNames.Aggregations.class, paramLabel = "AGG", description = "count (default), sum or mean (of --y).")
    Aggregation aggregation;

    @Option(names = "--title", paramLabel = "T", description = "The chart's title (quote it).")
    String title;

    /** Whether any of these options was given. */
    boolean any() {
        return x != null || y != null || by != null || kind != null || bucket != null || aggregation != null
                || title != null;
    }

    /** The x column, which every chart needs. */
    String requiredX() {
        if (x == null || x.isBlank()) {
            throw new UsageException("a chart needs --x COL: the column along the x axis");
        }
        return x;
    }

    ChartRequest request() {
        return new ChartRequest(requiredX(), y, by, kind, bucket, aggregation, title);
    }
}
