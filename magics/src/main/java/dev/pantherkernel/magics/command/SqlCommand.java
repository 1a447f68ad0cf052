package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.content.SavedQueries;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.datalake.job.JobOptions;
import dev.pantherkernel.magics.datalake.job.Partitions;
import dev.pantherkernel.magics.datalake.sql.PreparedSql;
import dev.pantherkernel.magics.export.FileExport;
import dev.pantherkernel.magics.lakechart.ChartSource;
import dev.pantherkernel.magics.lakechart.LakeChart;
import dev.pantherkernel.magics.paging.PageListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code %%panther sql}: runs the cell's SQL in the data lake and returns every row as a typed table. */
@Command(name = "sql", header = "Run the data lake SQL in the cell body and return every row as a typed table.", description = {
        "Run the SQL in the cell body in the data lake: wait for it (an interrupt cancels it),",
        "fetch every page, and return a typed table. {name} takes a Java variable as a safe SQL",
        "literal; {name!ident} a table or column name the catalog knows. A query on a log table",
        "without a time filter runs, with a warning. --to FILE streams every page into a .parquet, .csv,",
        ".csv.gz or .jsonl file instead of a table; --chart aggregates the query's rows into a chart in",
        "the data lake (with the options of `chart --table`). A query with a time window on p_event_time",
        "(p_occurs_since('1 day'), p_event_time >= '2024-05-01' ...) whose rows come one by one runs as",
        "several queries over adjacent time ranges, side by side, joined in order (--partitions). Examples:",
        "  %%%%panther sql --to hunt.parquet",
        "  %%%%panther sql --chart --x p_event_time --bucket 1d --by eventName --top 5"})
final class SqlCommand implements Callable<Object>, MakesTable, TakesCellBody {

    private final CommandContext context;
    private String body = "";
    private int bodyLine;

    @Option(names = "--database", paramLabel = "DB", defaultValue = DataLakeCatalog.DEFAULT_DATABASE,
            description = "The database unqualified table names are in (default ${DEFAULT-VALUE}).")
    String database;

    @Mixin
    TimeoutOptions timeout = new TimeoutOptions();

    @Option(names = "--dry-run", description = "Show the SQL that would be sent (placeholders filled), without running it.")
    boolean dryRun;

    @Option(names = "--to", paramLabel = "FILE",
            description = "Write every row to this file as pages arrive (.parquet, .csv, .csv.gz, .jsonl), not to a table.")
    Path to;

    @Option(names = "--chart", description = "Aggregate the query's rows in the data lake and draw them (--x, --bucket, --by ...).")
    boolean chart;

    @Option(names = "--partitions", paramLabel = "N|auto", defaultValue = "auto",
            description = {"Run as N queries over adjacent ranges of p_event_time, paged side by side and joined in",
                    "time order (refused, with the reason, when that would change the answer: LIMIT, DISTINCT,",
                    "aggregation, window functions, an ORDER BY not starting with p_event_time, no time window);",
                    "auto (default): split only when it can be and more than 10,000 rows are expected (from Panther's",
                    "metrics of its tables and window; one query without SummaryRead), the footer says why; 1: one query."})
    Partitions partitions;

    @Option(names = "--saved", paramLabel = "NAME", description = "Run the saved query of this name (the cell has no body).")
    String saved;

    @Option(names = "--save", paramLabel = "NAME",
            description = "Save the cell's SQL as a saved query of this name (added, or that one changed), then run it.")
    String saveAs;

    @Option(names = "--description", paramLabel = "TEXT", description = "With --save: the saved query's description.")
    String description;

    @Mixin
    TableOptions table = new TableOptions();

    @Mixin
    ChartOptions chartOptions = new ChartOptions();

    @Mixin
    LakeChartOptions lakeOptions = new LakeChartOptions();

    SqlCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public String bodyName() {
        return "SQL";
    }

    @Override
    public void body(String body) {
        this.body = body;
    }

    /** Errors Panther places in the SQL name the cell's line. */
    @Override
    public void bodyStartsAt(int cellLine) {
        this.bodyLine = cellLine;
    }

    @Override
    public TableOptions tableOptions() {
        return table;
    }

    @Override
    public Object call() {
        if (saved != null) {
            if (!body.isBlank() || saveAs != null) {
                throw new UsageException("--saved " + saved + " runs that saved query: leave the cell body empty and "
                        + "drop --save");
            }
            body = new SavedQueries(context.connection(), PageListener.NONE).named(saved).path("sql").asText();
        }
        if (body.isBlank()) {
            throw new UsageException("%%panther sql needs the SQL in the cell body, below the first line");
        }
        if (description != null && saveAs == null) {
            throw new UsageException("--description goes with --save NAME");
        }
        DataLakeQuery query = DataLakeQuery.sql(context.connection(), body)
                .database(database)
                .partitions(partitions)
                .options(jobOptions(timeout, table))
                .variables(context.host()::variable)
                .host(context.host())
                .cellLine(saved == null ? bodyLine : 0);
        if (chart && to != null) {
            throw new UsageException("--chart and --to are two different answers: a chart, or a file; pick one");
        }
        if (!chart && (chartOptions.any() || lakeOptions.any())) {
            throw new UsageException("--x, --y, --by, --bucket, --agg, --kind, --title, --where, --since, --top, --others and --show-sql draw a chart: add --chart");
        }
        if (chart) {
            return LakeChart.draw(lakeOptions.request(ChartSource.query(body), chartOptions),
                    sql -> context.dataLakeQuery(sql, database, timeout.timeout()).cellLine(saved == null ? bodyLine : 0),
                    lakeOptions.showSql, context.clock().instant(), context.session().redaction());
        }
        if (dryRun) {
            PreparedSql prepared = query.prepare();
            prepared.warnings().forEach(context.host()::warn);
            return prepared;
        }
        String savedNote = null;
        if (saveAs != null) {
            boolean added = new SavedQueries(context.connection(), PageListener.NONE).save(saveAs.strip(), body, description);
            savedNote = (added ? "saved as the saved query '" : "changed the saved query '") + saveAs.strip() + "'";
            context.host().warn(savedNote);
        }
        if (to != null) {
            if (partitions.count() > 1) {
                throw new UsageException("--partitions " + partitions + " makes a table; --to streams one query into "
                        + "a file: drop --partitions");
            }
            return new FileExport(context.clock(), context.session().redaction()).query(query, to);
        }
        return query.fetch();
    }

    /** {@code --timeout}, {@code --limit} and {@code --columns} as the data lake engine takes them. */
    static JobOptions jobOptions(TimeoutOptions timeout, TableOptions table) {
        return JobOptions.defaults().withTimeout(timeout.timeout()).withLimit(table.limit())
                .withColumns(table.columns());
    }
}
