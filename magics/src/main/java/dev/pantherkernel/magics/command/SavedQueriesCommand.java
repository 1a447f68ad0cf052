package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.content.SavedQueries;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %panther saved-queries}: Panther's saved and scheduled queries, over its REST API. */
@Command(name = "saved-queries", header = "Panther's saved and scheduled queries: name, description, schedule, SQL.",
        description = {"Every saved query, all pages: name, description, schedule (cron or rate), SQL.",
        "%%%%panther sql --saved NAME runs one; %%%%panther sql --save NAME saves a cell's SQL."})
final class SavedQueriesCommand extends TableCommand {

    @Option(names = "--contains", paramLabel = "TEXT", description = "Only those whose name, description or SQL contains TEXT.")
    String contains;

    SavedQueriesCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Result call() {
        return context.withProgress("saved queries", listener -> new SavedQueries(context.connection(), listener)
                .list(contains, table.limit(), table.columns()));
    }
}
