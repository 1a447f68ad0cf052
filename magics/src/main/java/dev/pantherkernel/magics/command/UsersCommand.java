package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;


/** {@code %panther users}: every user with their role and last login. */
@Command(name = "users", description = "Every user: email, names, status, role, created and last login times.")
final class UsersCommand extends TableCommand {

    UsersCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        return context.run(Operation.of("users", UserQueries.USERS).paging(false).limit(table.limit())
                .columns(table.columns()).build());
    }
}
