package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;


/** {@code %panther whoami}: which Panther, and which credentials (by where they came from, never their value). */
@Command(name = "whoami", description = "Show the connection and where its token came from (never the token itself).")
final class WhoamiCommand extends TableCommand {

    WhoamiCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        return ConnectCommand.describe(context.connection(), "whoami");
    }
}
