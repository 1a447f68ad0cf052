package dev.pantherkernel.emulator.users;

import dev.pantherkernel.emulator.auth.Caller;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.auth.User;
import dev.pantherkernel.emulator.schema.Input;
import dev.pantherkernel.emulator.schema.RootFields;
import dev.pantherkernel.emulator.schema.SchemaPart;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;

/** The user and role operations of the API. */
public final class UserFields implements SchemaPart {
    private final UserDirectory directory;

    public UserFields(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void wire(RootFields root) {
        root.query("users", Permission.UserRead, env -> directory.users());
        root.query("userById", Permission.UserRead, env -> directory.userById(env.getArgument("id")));
        root.query("userByEmail", Permission.UserRead, env -> directory.userByEmail(env.getArgument("email")));
        root.query("roles", Permission.UserRead, env -> {
            Input in = Input.of(env);
            return directory.roles(in.string("nameContains"), "descending".equals(in.string("sortDir")));
        });
        root.query("roleById", Permission.UserRead, env -> directory.roleById(env.getArgument("id")));
        root.query("roleByName", Permission.UserRead, env -> directory.roleByName(env.getArgument("name")));

        root.mutation("inviteUser", Permission.UserModify, env -> {
            Input in = Input.of(env);
            return Map.of("user", directory.invite(in.string("email"), in.string("givenName"), in.string("familyName"),
                    roleRef(in.nested("role"))));
        });
        root.mutation("updateUser", Permission.UserModify, env -> {
            Input in = Input.of(env);
            return Map.of("user", directory.update(in.string("id"), in.string("email"), in.string("givenName"),
                    in.string("familyName"), roleRef(in.nested("role"))));
        });
        root.mutation("deleteUser", Permission.UserModify,
                env -> Map.of("id", directory.deleteUser(Input.of(env).string("id"))));
        root.mutation("createRole", Permission.UserModify, env -> {
            Input in = Input.of(env);
            return Map.of("role", directory.createRole(in.string("name"), in.enums("permissions", Permission.class),
                    in.strings("logTypeAccess"), in.enumValue("logTypeAccessKind", LogTypeAccessKind.class), actor(env)));
        });
        root.mutation("updateRole", Permission.UserModify, env -> {
            Input in = Input.of(env);
            return Map.of("role", directory.updateRole(in.string("id"), in.string("name"),
                    in.enums("permissions", Permission.class), in.strings("logTypeAccess"),
                    in.enumValue("logTypeAccessKind", LogTypeAccessKind.class), actor(env)));
        });
        root.mutation("deleteRole", Permission.UserModify,
                env -> Map.of("id", directory.deleteRole(Input.of(env).string("id"))));

        root.types().type("User", t -> t.dataFetcher("role",
                env -> directory.findRole(env.<User>getSource().roleId()).orElse(null)));
        root.types().type("Role", t -> t.dataFetcher("permissions", env -> Permission.forGraphQL(env.<Role>getSource().permissions())));
    }

    private static Object actor(DataFetchingEnvironment env) {
        return Caller.of(env).token();
    }

    private static UserDirectory.RoleRef roleRef(Input role) {
        return role == null ? null : new UserDirectory.RoleRef("NAME".equals(role.string("kind")), role.string("value"));
    }
}
