package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.catalog.CatalogTable.CatalogColumn;
import dev.pantherkernel.magics.datalake.catalog.CatalogTable;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.datalake.sql.TableName;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;


/** {@code %panther columns TABLE}: a data lake table's columns and their types, from the catalog. */
@Command(name = "columns", header = "The columns of a data lake table, with their types.", description = {
        "The columns of a data lake table with their types (TIMESTAMP_NTZ, VARCHAR, NUMBER, ARRAY, ...).",
        "TABLE is bare (aws_cloudtrail) or qualified (panther_logs.public.aws_cloudtrail)."})
final class ColumnsCommand extends TableCommand {

    @Parameters(index = "0", paramLabel = "TABLE", description = "The table.")
    String name;

    @Option(names = "--database", paramLabel = "DB", defaultValue = DataLakeCatalog.DEFAULT_DATABASE,
            description = "The database of a bare table name (default ${DEFAULT-VALUE}).")
    String database;

    ColumnsCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        DataLakeCatalog catalog = DataLakeCatalog.of(context.connection());
        TableName tableName = TableName.parse(name);
        CatalogTable found = catalog.table(tableName, database).orElseThrow(() -> {
            String in = tableName.databaseOr(database);
            return new UsageException("no table '" + tableName.table() + "' in " + in + Suggestions.didYouMean(
                    tableName.table(), catalog.tables(in).stream().map(CatalogTable::name).toList())
                    + " (`%panther tables " + in + "` lists them)");
        });
        Table out = Table.create("columns",
                StringColumn.create("name", found.columns().stream().map(CatalogColumn::name)),
                StringColumn.create("type", found.columns().stream().map(CatalogColumn::type)),
                StringColumn.create("description", found.columns().stream().map(CatalogColumn::description)));
        return Result.newResult(ColumnSelection.keep(table.limit() > 0 ? out.first((int) table.limit()) : out, table.columns()))
                .operation("columns")
                .detail(found.qualifiedName())
                .endpoint(context.connection().endpoint().uri().getHost())
                .build();
    }
}
