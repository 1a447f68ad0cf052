package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.chart.ChartBuilder;
import dev.pantherkernel.magics.datalake.DataLakeCatalog;
import dev.pantherkernel.magics.lakechart.ChartSource;
import dev.pantherkernel.magics.lakechart.LakeChart;
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
        "Chart a table held by a Java variable (a %%panther result bound with --as, or any Tablesaw Table).",
        "Rows are counted per x (and per --by series) unless --agg sum|mean of --y; time columns are",
        "bucketed (--bucket 1h|1d|1w, or chosen from the span). Example:",
        "  %%panther chart alerts --x createdAt --by severity --bucket 1d --kind bar",
        "With --table, the data lake does the counting and only the buckets come back (--top keeps the",
        "largest series, the rest become 'other'; --show-sql shows the query). Example:",
        "  %%panther chart --table aws_cloudtrail --x p_event_time --bucket 1d --by eventName --top 10"})
final class ChartCommand implements Callable<Object> {

    private final CommandContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TABLE", description = "The Java variable holding the table.")
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
                    sql -> context.dataLakeQuery(sql, database, timeout.timeout()), lake.showSql);
        }
        if (table == null) {
            throw new UsageException("chart what? Give a Java variable holding a table (%panther chart alerts --x ...) "
                    + "or a data lake table (--table aws_cloudtrail)");
        }
        if (lake.any()) {
            throw new UsageException("--where, --since, --top and --show-sql aggregate in the data lake: use them with "
                    + "--table, or filter the table in Java");
        }
        Table data = context.tableVariable(table);
        return ChartBuilder.figure(data, chart.request());
    }
}
