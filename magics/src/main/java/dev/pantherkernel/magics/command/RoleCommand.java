package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.values.LogTypeAccessKind;
import dev.pantherkernel.magics.values.Permission;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code %panther role create|update|delete}: role management (needs UserModify). */
@Command(name = "role", description = "Create, change or delete a role (the token needs UserModify).",
        subcommands = {RoleCommand.Create.class, RoleCommand.Update.class, RoleCommand.Delete.class},
        synopsisSubcommandLabel = "create | update | delete")
final class RoleCommand {

    /** A role by id, or by name when it does not look like one (a lookup, case-insensitive). */
    static String roleId(CommandContext context, String idOrName) {
        if (idOrName.matches("[0-9a-fA-F-]{32,36}")) {
            return idOrName;
        }
        return context.connection().client().execute(GraphQLRequest.query("roleByName", UserQueries.ROLE_BY_NAME,
                Map.of("name", idOrName))).path("roleByName").path("id").asText();
    }

    static void putAccess(Map<String, Object> input, List<String> logTypes, LogTypeAccessKind kind) {
        if (!logTypes.isEmpty()) {
            input.put("logTypeAccess", List.copyOf(logTypes));
        }
        if (kind != null) {
            input.put("logTypeAccessKind", kind.name());
        }
    }

    @Command(name = "create", description = "Create a role. Sent once, never retried.")
    static final class Create extends TableCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--permissions", completionCandidates = PantherEnums.PermissionNames.class, required = true, paramLabel = "P,Q", split = ",",
                description = "Permission names: AlertRead, DataAnalyticsRead, UserRead, ...")
        List<Permission> permissions = new ArrayList<>();

        @Option(names = "--log-type-access", paramLabel = "T,U", split = ",")
        List<String> logTypeAccess = new ArrayList<>();

        @Option(names = "--log-type-access-kind", completionCandidates = PantherEnums.AccessKindNames.class, paramLabel = "K", description = "ALLOW, ALLOW_ALL, DENY or DENY_ALL.")
        LogTypeAccessKind logTypeAccessKind;

        Create(CommandContext context) {
            super(context);
        }


        @Override
        public Result call() {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("name", name);
            input.put("permissions", RolePermissions.names(PantherEnums.given(permissions)));
            putAccess(input, logTypeAccess, logTypeAccessKind);
            return context.run(Operation.newOperation("role create", UserQueries.CREATE_ROLE)
                    .variables(Map.of("input", input)).path("createRole.role").paging(false).columns(table.columns())
                    .finish(RolePermissions.readableHolding(RolePermissions.OF_ROLE, List.of(), 0)).build()).transform(b -> b
                    .detail("changed: created role " + name));
        }
    }

    @Command(name = "update", description = "Change a role; --permissions replaces the whole list. Sent once, never retried.")
    static final class Update extends TableCommand {
        @Parameters(index = "0", paramLabel = "ROLE", description = "The role's id or name.")
        String role;

        @Option(names = "--name", paramLabel = "NAME", description = "A new name.")
        String name;

        @Option(names = "--permissions", completionCandidates = PantherEnums.PermissionNames.class, paramLabel = "P,Q", split = ",",
                description = "The new, complete permission list.")
        List<Permission> permissions = new ArrayList<>();

        @Option(names = "--log-type-access", paramLabel = "T,U", split = ",")
        List<String> logTypeAccess = new ArrayList<>();

        @Option(names = "--log-type-access-kind", completionCandidates = PantherEnums.AccessKindNames.class, paramLabel = "K")
        LogTypeAccessKind logTypeAccessKind;

        Update(CommandContext context) {
            super(context);
        }


        @Override
        public Result call() {
            Map<String, Object> input = new LinkedHashMap<>();
            List<String> checked = RolePermissions.names(PantherEnums.given(permissions));
            input.put("id", roleId(context, role));
            if (name != null) {
                input.put("name", name);
            }
            if (!checked.isEmpty()) {
                input.put("permissions", checked);
            }
            putAccess(input, logTypeAccess, logTypeAccessKind);
            if (input.size() == 1) {
                throw new UsageException("role update " + role + ": say what to change (--name, --permissions, "
                        + "--log-type-access or --log-type-access-kind)");
            }
            return context.run(Operation.newOperation("role update", UserQueries.UPDATE_ROLE)
                    .variables(Map.of("input", input)).path("updateRole.role").paging(false).columns(table.columns())
                    .finish(RolePermissions.readableHolding(RolePermissions.OF_ROLE, List.of(), 0)).build()).transform(b -> b
                    .detail("changed: role " + role));
        }
    }

    @Command(name = "delete", description = "Delete a role no user holds. Sent once, never retried.")
    static final class Delete extends TableCommand {
        @Parameters(index = "0", paramLabel = "ROLE", description = "The role's id or name.")
        String role;

        Delete(CommandContext context) {
            super(context);
        }


        @Override
        public Result call() {
            String id = roleId(context, role);
            return context.run(Operation.newOperation("role delete", UserQueries.DELETE_ROLE)
                    .variables(Map.of("input", Map.of("id", id))).path("deleteRole").paging(false)
                    .columns(table.columns()).build()).transform(b -> b
                    .detail("changed: deleted role " + role));
        }
    }
}
