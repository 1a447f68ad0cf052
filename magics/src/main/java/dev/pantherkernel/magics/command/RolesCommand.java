package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code %panther roles}: every role with its permissions. */
@Command(name = "roles", description = "Every role and its permissions (a JSON list per role).")
final class RolesCommand implements Callable<Result>, MakesTable {

    private final CommandContext context;

    @Option(names = "--name-contains", paramLabel = "TEXT", description = "Roles whose name contains TEXT.")
    String nameContains;

    @Mixin
    TableOptions table = new TableOptions();

    RolesCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public TableOptions tableOptions() {
        return table;
    }

    @Override
    public Result call() {
        Map<String, Object> input = new LinkedHashMap<>();
        if (nameContains != null) {
            input.put("nameContains", nameContains);
        }
        return context.run(new Operation("roles", UserQueries.ROLES, Map.of("input", input), null, null, false,
                table.limit(), table.columns()));
    }
}
