package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.export.FileExport;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code %panther export TABLE --to FILE}: writes a table of the session to Parquet, CSV or JSON lines. */
@Command(name = "export", header = "Write a table held by a Java variable to a .parquet, .csv, .csv.gz or .jsonl file.",
        description = {
        "Write a table held by a Java variable to a file, typed (timestamps as timestamps, numbers as",
        "numbers) with where it came from inside (Parquet) or in a .json file beside it. Example:",
        "  %%panther export logins --to logins.parquet"})
final class ExportCommand implements Callable<Result> {

    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "TABLE", description = "The Java variable holding the table.")
    String table;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The file: .parquet, .csv, .csv.gz or .jsonl.")
    Path file;

    ExportCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Result call() {
        Table data = context.tableVariable(table);
        return new FileExport(context.clock(), context.session().redaction()).table(data, "Java variable " + table, file);
    }
}
