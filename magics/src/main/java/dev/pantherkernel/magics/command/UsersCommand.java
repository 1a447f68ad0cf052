package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;
import java.util.concurrent.Callable;

/** {@code %panther users}: every user with their role and last login. */
@Command(name = "users", description = "Every user: email, names, status, role, created and last login times.")
final class UsersCommand implements Callable<Result>, MakesTable {

    private final CommandContext context;

    @Mixin
    TableOptions table = new TableOptions();

    UsersCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public TableOptions tableOptions() {
        return table;
    }

    @Override
    public Result call() {
        return context.run(new Operation("users", UserQueries.USERS, Map.of(), null, null, false, table.limit(),
                table.columns()));
    }
}
