package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.paging.OperationRunner;
import dev.pantherkernel.magics.paging.PageListener;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;

import java.time.Clock;
import java.util.Locale;

/** What a command can reach: the session (connection, host) and a clock for "the last 7 days". */
public record CommandContext(PantherSession session, Clock clock) {

    public Connection connection() {
        return session.connection();
    }

    public NotebookHost host() {
        return session.host();
    }

    /** Runs an operation into a table, showing pages and rows in place while more than one page comes in. */
    public Result run(Operation operation) {
        try (NotebookHost.Progress progress = host().progress()) {
            PageListener listener = (pages, rows) -> {
                if (pages > 1) {
                    progress.update(String.format(Locale.ROOT, "%s: %d pages, %,d rows so far…",
                            operation.label(), pages, rows));
                }
            };
            return new OperationRunner(connection(), listener).run(operation);
        }
    }
}
