package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code %panther user invite|update|delete}: user management (needs UserModify). */
@Command(name = "user", description = "Invite, change or delete a user (the token needs UserModify).",
        subcommands = {UserCommand.Invite.class, UserCommand.Update.class, UserCommand.Delete.class},
        synopsisSubcommandLabel = "invite | update | delete")
final class UserCommand {

    /** A role given by name, as the API's UserRoleInput. */
    static Map<String, Object> roleByName(String name) {
        return Map.of("kind", "NAME", "value", name);
    }

    @Command(name = "invite", description = "Invite a user; Panther e-mails them. Sent once, never retried.")
    static final class Invite extends TableCommand {
        @Option(names = "--email", required = true, paramLabel = "EMAIL")
        String email;

        @Option(names = "--given-name", required = true, paramLabel = "NAME")
        String givenName;

        @Option(names = "--family-name", required = true, paramLabel = "NAME")
        String familyName;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "The role's name.")
        String role;

        Invite(CommandContext context) {
            super(context);
        }


        @Override
        public Result call() {
            Map<String, Object> input = Map.of("email", email, "givenName", givenName, "familyName", familyName,
                    "role", roleByName(role));
            return context.run(Operation.newOperation("user invite", UserQueries.INVITE)
                    .variables(Map.of("input", input)).path("inviteUser.user").paging(false).columns(table.columns())
                    .finish(RolePermissions.readableHolding(RolePermissions.OF_USERS_ROLE, List.of(), 0)).build()).transform(b -> b
                    .detail("changed: invited " + email + " as " + role));
        }
    }

    @Command(name = "update", description = "Change a user's e-mail, names or role. Sent once, never retried.")
    static final class Update extends TableCommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Option(names = "--email", paramLabel = "EMAIL")
        String email;

        @Option(names = "--given-name", paramLabel = "NAME")
        String givenName;

        @Option(names = "--family-name", paramLabel = "NAME")
        String familyName;

        @Option(names = "--role", paramLabel = "ROLE", description = "The new role's name.")
        String role;

        Update(CommandContext context) {
            super(context);
        }


        @Override
        public Result call() {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("id", id);
            if (email != null) {
                input.put("email", email);
            }
            if (givenName != null) {
                input.put("givenName", givenName);
            }
            if (familyName != null) {
                input.put("familyName", familyName);
            }
            if (role != null) {
                input.put("role", roleByName(role));
            }
            if (input.size() == 1) {
                throw new UsageException("user update " + id + ": say what to change (--email, --given-name, "
                        + "--family-name or --role)");
            }
            return context.run(Operation.newOperation("user update", UserQueries.UPDATE_USER)
                    .variables(Map.of("input", input)).path("updateUser.user").paging(false).columns(table.columns())
                    .finish(RolePermissions.readableHolding(RolePermissions.OF_USERS_ROLE, List.of(), 0)).build()).transform(b -> b
                    .detail("changed: user " + id + " " + String.join(", ", input.keySet().stream()
                            .filter(k -> !k.equals("id")).toList())));
        }
    }

    @Command(name = "delete", description = "Delete a user. Sent once, never retried.")
    static final class Delete extends TableCommand {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        Delete(CommandContext context) {
            super(context);
        }


        @Override
        public Result call() {
            return context.run(Operation.newOperation("user delete", UserQueries.DELETE_USER)
                    .variables(Map.of("input", Map.of("id", id))).path("deleteUser").paging(false)
                    .columns(table.columns()).build()).transform(b -> b
                    .detail("changed: deleted user " + id));
        }
    }
}
