package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.chart.ChartBuilder;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.lakechart.ChartSource;
import dev.pantherkernel.magics.lakechart.LakeChart;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.Table;

import java.util.concurrent.Callable;

/**
 * {@code %panther chart TABLE --x COL ...}: a plotly chart of a table in the session, drawn in the cell; with
 * {@code --table T}, the same chart aggregated in the data lake, where only the buckets come back.
 */
@Command(name = "chart", header = "Chart a table held by a Java variable, or aggregate a data lake table into a chart.",
        description = {
        "Chart a table held by a Java variable (a %%panther result bound with --as, or any Tablesaw Table),",
        "or without TABLE the last result of any command (%%panther alerts, then %%panther chart --x severity).",
        "Rows are counted per x (and per --by series) unless --agg sum|mean of --y; time columns are",
        "bucketed (--bucket 1h|1d|1w, or chosen from the span). Example:",
        "  %%panther chart alerts --x createdAt --by severity --bucket 1d --kind bar",
        "A missing category is drawn as (none), and the x axis says how many rows had no value.",
        "With --table, the data lake does the counting and only the buckets come back (--top keeps the",
        "largest series, the rest become 'other', or with --others hide are left out; --show-sql shows",
        "the query). Example:",
        "  %%panther chart --table aws_cloudtrail --x p_event_time --bucket 1d --by eventName --top 10"})
final class ChartCommand implements Callable<Object> {

    private final CommandContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TABLE",
            description = "The Java variable holding the table; without it, the last result (Panther.last()).")
    String table;

    @Option(names = "--table", paramLabel = "T", description = "A data lake table to aggregate there (aws_cloudtrail).")
    String lakeTable;

    @Option(names = "--database", paramLabel = "DB", defaultValue = DataLakeCatalog.DEFAULT_DATABASE,
            description = "The database of --table when it is not qualified (default ${DEFAULT-VALUE}).")
    String database;

    @Mixin
    TimeoutOptions timeout = new TimeoutOptions();

    @Mixin
    ChartOptions chart = new ChartOptions();

    @Mixin
    LakeChartOptions lake = new LakeChartOptions();

    ChartCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Object call() {
        if (lakeTable != null) {
            if (table != null) {
                throw new UsageException("give either a Java variable (" + table + ") or --table " + lakeTable + ", not both");
            }
            return LakeChart.draw(lake.request(ChartSource.table(lakeTable), chart),
                    sql -> context.dataLakeQuery(sql, database, timeout.timeout()), lake.showSql, context.clock().instant(),
                    context.session().redaction());
        }
        if (lake.any()) {
            throw new UsageException("--where, --since, --top, --others and --show-sql aggregate in the data lake: use them "
                    + "with --table, or filter the table in Java");
        }
        if (table == null) {
            Result last = context.session().last().orElseThrow(() -> new UsageException("chart what? No command has made "
                    + "a table yet: run one first (%panther alerts), give a Java variable holding a table "
                    + "(%panther chart alerts --x ...) or a data lake table (--table aws_cloudtrail)"));
            String name = last.operation() != null ? last.operation() : last.table().name();
            return ChartBuilder.figure(last.table(), chart.request(), "the last result (" + name + ")");
        }
        return ChartBuilder.figure(tableVariable(table), chart.request());
    }

    /** The table {@code name} holds; when no variable has that name, the two ways to chart a result. */
    private Table tableVariable(String name) {
        if (context.host().variable(name).isEmpty()) {
            String x = chart.x == null ? "COL" : chart.x;
            throw new UsageException("no Java variable '" + name + "': bind a result to it with --as " + name
                    + " (%panther alerts --as " + name + "), or leave the name out to chart the last result "
                    + "(%panther chart --x " + x + " ...)");
        }
        return context.tableVariable(name);
    }
}
