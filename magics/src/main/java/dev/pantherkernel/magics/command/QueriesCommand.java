package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.datalake.job.DataLakeHistory;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;


/** {@code %panther queries}: the history of data lake queries, newest first. */
@Command(name = "queries", header = "Data lake query history: id, status, times, SQL.", description = {
        "Data lake queries started in the last 7 days (or --since D), newest first: id, status, times, SQL,",
        "Panther's message and who ran them. `%%panther attach ID` fetches a query's results."})
final class QueriesCommand extends TableCommand {

    @Option(names = "--running", description = "Only queries still running.")
    boolean running;

    @Option(names = "--contains", paramLabel = "TEXT", description = "Only queries whose SQL contains TEXT.")
    String contains;

    @Option(names = "--since", paramLabel = "D", defaultValue = "7d",
            description = "Queries started in the last D: 30m (minutes), 12h, 7d, 1mo (default ${DEFAULT-VALUE}).")
    Duration since;

    QueriesCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        RecentWindow started = RecentWindow.last(since, context.clock().instant());
        Result queries = context.run(DataLakeHistory.operation(started.from(), contains, running, table.limit(),
                table.columns()));
        return queries.transform(b -> b.detail(started.footer(queries.table().rowCount(), "queries")));
    }
}
