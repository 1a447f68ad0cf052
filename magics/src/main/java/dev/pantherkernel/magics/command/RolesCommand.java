package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.values.Permission;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code %panther roles}: every role with its permissions. */
@Command(name = "roles", header = "Every role and its permissions (AlertRead, UserModify, ...).",
        description = "--permission UserModify: only the roles that hold it.")
final class RolesCommand extends TableCommand {

    @Option(names = "--name-contains", paramLabel = "TEXT", description = "Roles whose name contains TEXT.")
    String nameContains;

    @Option(names = "--permission", paramLabel = "P", split = ",", completionCandidates = PantherEnums.PermissionNames.class,
            description = "Only roles that hold these permissions (all of them): UserModify, AlertModify, ...")
    List<Permission> permissions = new ArrayList<>();

    RolesCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        Map<String, Object> input = new LinkedHashMap<>();
        if (nameContains != null) {
            input.put("nameContains", nameContains);
        }
        List<Permission> wanted = PantherEnums.given(permissions);
        Result roles = context.run(Operation.newOperation("roles", UserQueries.ROLES).variables(Map.of("input", input))
                .paging(false).limit(wanted.isEmpty() ? table.limit() : 0).columns(table.columns())
                .finish(RolePermissions.readableHolding(RolePermissions.OF_ROLE, wanted, table.limit())).build());
        return wanted.isEmpty() ? roles : roles.transform(b -> b.detail(RolePermissions.holding("roles that each", wanted)));
    }
}
