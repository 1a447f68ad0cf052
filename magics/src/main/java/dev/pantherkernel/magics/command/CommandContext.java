package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.datalake.job.JobOptions;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.paging.OperationRunner;
import dev.pantherkernel.magics.paging.PageListener;
import dev.pantherkernel.magics.paging.RestRunner;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.RowSink;

import tech.tablesaw.api.Table;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/** What a command can reach: the session (connection, host) and a clock for "the last 7 days". */
record CommandContext(PantherSession session, Clock clock) {

    public Connection connection() {
        return session.connection();
    }

    public NotebookHost host() {
        return session.host();
    }

    /** Runs an operation into a table, showing pages and rows in place while more than one page comes in. */
    public Result run(Operation operation) {
        try (NotebookHost.Progress progress = host().progress()) {
            return new OperationRunner(connection(), pagesSoFar(progress, operation.label())).run(operation);
        }
    }

    /** Runs a call of Panther's REST API into a table, every page, with the command's table options and progress. */
    public Result runRest(RestRequest request, RowSink sink, String label, TableOptions table) {
        try (NotebookHost.Progress progress = host().progress()) {
            return new RestRunner(connection(), pagesSoFar(progress, label))
                    .run(request, sink, label, table.limit(), table.columns());
        }
    }

    /** Runs {@code work} with the progress line a paged fetch shows ("label: 3 pages, 1,200 rows so far…"). */
    public <T> T withProgress(String label, Function<PageListener, T> work) {
        try (NotebookHost.Progress progress = host().progress()) {
            return work.apply(pagesSoFar(progress, label));
        }
    }

    private static PageListener pagesSoFar(NotebookHost.Progress progress, String label) {
        return (pages, rows) -> {
            if (pages > 1) {
                progress.update(String.format(Locale.ROOT, "%s: %d pages, %,d rows so far…", label, pages, rows));
            }
        };
    }

    /**
     * The table a Java variable holds (a Table, or a Result's table); a usage error when there is none. While the
     * session redacts, with pseudonyms in place of values: a chart or export made now of a table fetched before
     * redaction was on must not show them either.
     */
    public Table tableVariable(String name) {
        Object value = host().variable(name).orElseThrow(() -> new UsageException(
                "no Java variable '" + name + "': run a command with --as " + name + " first, or give a Table variable"));
        Table data = value instanceof Result result ? result.table() : value instanceof Table t ? t : null;
        if (data == null) {
            throw new UsageException("'" + name + "' is a " + value.getClass().getSimpleName() + ", not a table");
        }
        return session.redaction().table(data);
    }

    /** A data lake query of the session: placeholders from its Java variables, progress and warnings in the cell. */
    public DataLakeQuery dataLakeQuery(String sql, String database, Duration timeout) {
        return DataLakeQuery.sql(connection(), sql).database(database)
                .options(JobOptions.defaults().withTimeout(timeout))
                .variables(host()::variable)
                .host(host());
    }
}
