package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.values.Permission;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;


/** {@code %panther users}: every user with their role, its permissions, and their last login. */
@Command(name = "users", header = "Every user: email, names, status, role and permissions, last login.",
        description = {"Every user: email, names, status, role and its permissions (role.permissions),",
        "created and last login times (lastLoggedInAt, missing for who never logged in).",
        "--permission UserModify: only the users whose role holds it (who can manage users)."})
final class UsersCommand extends TableCommand {

    @Option(names = "--permission", paramLabel = "P", split = ",", completionCandidates = PantherEnums.PermissionNames.class,
            description = "Only users whose role holds these permissions (all of them): UserModify, AlertModify, ...")
    List<Permission> permissions = new ArrayList<>();

    UsersCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        List<Permission> wanted = PantherEnums.given(permissions);
        Result users = context.run(Operation.newOperation("users", UserQueries.USERS).paging(false)
                .limit(wanted.isEmpty() ? table.limit() : 0).columns(table.columns())
                .finish(RolePermissions.readableHolding(RolePermissions.OF_USERS_ROLE, wanted, table.limit())).build());
        return wanted.isEmpty() ? users : users.transform(b -> b.detail(RolePermissions.holding("users whose role", wanted)));
    }
}
