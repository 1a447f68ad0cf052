package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.datalake.job.DataLakeJob;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;


/** {@code %panther attach ID}: the results of a data lake query started earlier (before a kernel restart, say). */
@Command(name = "attach", header = "Fetch the results of a data lake query started earlier (after a restart, say).", description = {
        "Fetch the results of a data lake query started earlier, from this or another session:",
        "waits while it still runs (an interrupt cancels it), then fetches every page.",
        "`%%panther queries` lists the ids."})
final class AttachCommand extends TableCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The query's id.")
    String id;

    @Mixin
    TimeoutOptions timeout = new TimeoutOptions();

    AttachCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        return new DataLakeJob(context.connection(), context.host(), SqlCommand.jobOptions(timeout, table)).attach(id.strip());
    }
}
