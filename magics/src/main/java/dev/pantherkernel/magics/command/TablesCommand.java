package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.catalog.CatalogDatabase;
import dev.pantherkernel.magics.datalake.catalog.CatalogTable;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

/** {@code %panther tables [DB]}: the tables of a data lake database, from the catalog (kept for the connection). */
@Command(name = "tables", header = "The tables of a data lake database (default panther_logs).", description = {
        "The tables of a data lake database (default panther_logs): name, log type, number of columns,",
        "description. DB is panther_logs or panther_logs.public, in any case; the footer shows Panther's",
        "name for it. The catalog is fetched once per connection; --refresh fetches it again."})
final class TablesCommand extends TableCommand {

    @Parameters(arity = "0..1", paramLabel = "DB", defaultValue = DataLakeCatalog.DEFAULT_DATABASE,
            description = "The database (default ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--refresh", description = "Forget the catalog kept for this connection and fetch it again.")
    boolean refresh;

    TablesCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        DataLakeCatalog catalog = DataLakeCatalog.of(context.connection());
        if (refresh) {
            catalog.forget();
        }
        List<String> names = catalog.databases().stream().map(CatalogDatabase::name).toList();
        // suggest in the form typed: panther_log is nearest panther_logs, panther_log.public panther_logs.public
        List<String> sameForm = database.contains(".") ? names
                : catalog.databases().stream().map(CatalogDatabase::key).toList();
        String chosen = catalog.database(database).map(CatalogDatabase::name).orElseThrow(() ->
                new UsageException("no database '" + database + "'" + Suggestions.didYouMean(database, sameForm)
                        + " (there are: " + String.join(", ", names) + ")"));
        List<CatalogTable> tables = catalog.tables(chosen);
        Table out = Table.create("tables",
                StringColumn.create("name", tables.stream().map(CatalogTable::name)),
                StringColumn.create("logType", tables.stream().map(CatalogTable::logType)),
                IntColumn.create("columns", tables.stream().mapToInt(t -> t.columns().size())),
                StringColumn.create("description", tables.stream().map(CatalogTable::description)));
        return Result.newResult(ColumnSelection.keep(table.limit() > 0 ? out.first((int) table.limit()) : out, table.columns()))
                .operation("tables")
                .detail(chosen)
                .endpoint(context.connection().endpoint().uri().getHost())
                .build();
    }
}
