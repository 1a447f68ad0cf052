package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code %panther roles}: every role with its permissions. */
@Command(name = "roles", description = "Every role and its permissions (a JSON list per role).")
final class RolesCommand extends TableCommand {

    @Option(names = "--name-contains", paramLabel = "TEXT", description = "Roles whose name contains TEXT.")
    String nameContains;

    RolesCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        Map<String, Object> input = new LinkedHashMap<>();
        if (nameContains != null) {
            input.put("nameContains", nameContains);
        }
        return context.run(Operation.of("roles", UserQueries.ROLES).variables(Map.of("input", input))
                .paging(false).limit(table.limit()).columns(table.columns()).build());
    }
}
