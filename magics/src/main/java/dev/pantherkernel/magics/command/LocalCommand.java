package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.local.LocalSql;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;

/** {@code %%panther local}: SQL over the session's tables and exported files, in an embedded DuckDB. */
@Command(name = "local", header = "Run DuckDB SQL over tables held by Java variables and over files (no Panther).",
        description = {
        "Run the SQL in the cell body in an embedded DuckDB, in the kernel: a table name that is a Java",
        "variable holding a Table reads that table; a quoted file name reads the file. Example:",
        "  %%%%panther local --as hits",
        "  SELECT a.id, count(*) AS n FROM alerts a JOIN 'hunt.parquet' h ON h.ip = a.ip GROUP BY 1"})
final class LocalCommand extends TableCommand implements TakesCellBody {

    private String body = "";

    LocalCommand(CommandContext context) {
        super(context);
    }

    @Override
    public String bodyName() {
        return "DuckDB SQL";
    }

    @Override
    public void body(String body) {
        this.body = body;
    }

    @Override
    public Result call() {
        if (body.isBlank()) {
            throw new UsageException("%%panther local needs SQL in the cell body, below the first line");
        }
        Result result = new LocalSql(context.host()::variable, context.session().heap()).run(body, table.as() == null ? "local" : table.as(),
                table.limit());
        return result.withTable(ColumnSelection.keep(result.table(), table.columns()));
    }
}
