package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.datalake.job.DataLakeJob;
import dev.pantherkernel.magics.datalake.job.JobOptions;
import dev.pantherkernel.magics.datalake.job.QueryState;
import dev.pantherkernel.magics.table.Facts;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code %panther cancel ID}: stops a running data lake query. */
@Command(name = "cancel", description = "Stop a running data lake query (`%%panther queries --running` lists them).")
final class CancelCommand implements Callable<Result> {

    private final CommandContext context;

    @Parameters(index = "0", paramLabel = "ID", description = "The query's id.")
    String id;

    CancelCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Result call() {
        QueryState state = new DataLakeJob(context.connection(), context.host(), JobOptions.defaults()).cancel(id.strip());
        return Result.newResult(new Facts().put("id", state.id()).put("status", state.status().apiName())
                        .put("message", state.message()).table("cancel"))
                .operation("cancel")
                .endpoint(context.connection().endpoint().uri().getHost())
                .build();
    }
}
