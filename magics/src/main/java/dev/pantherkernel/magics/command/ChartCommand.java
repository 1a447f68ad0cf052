package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.chart.Aggregation;
import dev.pantherkernel.magics.chart.ChartBuilder;
import dev.pantherkernel.magics.chart.ChartKind;
import dev.pantherkernel.magics.chart.ChartRequest;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.util.concurrent.Callable;

/** {@code %panther chart TABLE --x COL ...}: a plotly chart of a table in the session, drawn in the cell. */
@Command(name = "chart", header = "Chart a table held by a Java variable: bars, lines, areas, pies, histograms, timelines.", description = {
        "Chart a table held by a Java variable (a %%panther result bound with --as, or any Tablesaw Table).",
        "Rows are counted per x (and per --by series) unless --agg sum|mean of --y; time columns are",
        "bucketed (--bucket 1h|1d|1w, or chosen from the span). Example:",
        "  %%panther chart alerts --x createdAt --by severity --bucket 1d --kind bar"})
final class ChartCommand implements Callable<Figure> {

    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "TABLE", description = "The Java variable holding the table.")
    String table;

    @Option(names = "--x", required = true, paramLabel = "COL", description = "The column along the x axis.")
    String x;

    @Option(names = "--y", paramLabel = "COL", description = "A numeric column to sum or average (or, for a timeline, its rows).")
    String y;

    @Option(names = "--by", paramLabel = "COL", description = "One series (stack, line, colour) per value of this column.")
    String by;

    @Option(names = "--kind", completionCandidates = LowerCaseNames.Kinds.class, paramLabel = "KIND", description = "bar (default), line, area, pie, histogram, scatter or timeline.")
    ChartKind kind;

    @Option(names = "--bucket", paramLabel = "D", description = "Time bucket for a time x: 15m, 1h, 1d, 1w.")
    String bucket;

    @Option(names = "--agg", completionCandidates = LowerCaseNames.Aggregations.class, paramLabel = "AGG", description = "count (default), sum or mean (of --y).")
    Aggregation aggregation;

    @Option(names = "--title", paramLabel = "T", description = "The chart's title (quote it).")
    String title;

    ChartCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Figure call() {
        Object value = context.host().variable(table).orElseThrow(() -> new UsageException(
                "no Java variable '" + table + "': run a command with --as " + table + " first, or give a Table variable"));
        Table data = value instanceof Result result ? result.table() : value instanceof Table t ? t : null;
        if (data == null) {
            throw new UsageException("'" + table + "' is a " + value.getClass().getSimpleName() + ", not a table");
        }
        return ChartBuilder.figure(data, new ChartRequest(x, y, by, kind,
                bucket == null ? null : DurationText.parse("--bucket", bucket), aggregation, title));
    }
}
