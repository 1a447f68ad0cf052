package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code %panther whoami}: which Panther, and which credentials (by where they came from, never their value). */
@Command(name = "whoami", description = "Show the connection and where its token came from (never the token itself).")
final class WhoamiCommand implements Callable<Result>, MakesTable {

    private final CommandContext context;

    @Mixin
    TableOptions table = new TableOptions();

    WhoamiCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public TableOptions tableOptions() {
        return table;
    }

    @Override
    public Result call() {
        return ConnectCommand.describe(context.connection(), "whoami");
    }
}
