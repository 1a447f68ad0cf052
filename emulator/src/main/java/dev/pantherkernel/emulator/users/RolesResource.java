package dev.pantherkernel.emulator.users;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.QueryParameters;
import dev.pantherkernel.emulator.rest.RestAnswer;
import dev.pantherkernel.emulator.rest.RestException;
import dev.pantherkernel.emulator.rest.RestList;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestResource;
import dev.pantherkernel.emulator.rest.RestRoutes;
import dev.pantherkernel.emulator.rest.RestTime;
import java.util.List;

/** {@code /roles} and {@code /roles/{id}} over the directory GraphQL's role fields use. */
public final class RolesResource implements RestResource {
    private final UserDirectory directory;

    public RolesResource(UserDirectory directory) {
        this.directory = directory;
    }

    /** A role as REST answers it. */
    record RestRole(String id, String name, List<Permission> permissions, LogTypeAccessKind logTypeAccessKind, List<String> logTypeAccess,
            String createdAt, String updatedAt) {
        static RestRole of(Role r) {
            return new RestRole(r.id(), r.name(), r.permissions(), r.logTypeAccessKind(), r.logTypeAccess(), RestTime.of(r.createdAt()),
                    RestTime.of(r.updatedAt()));
        }
    }

    /** The body of creating and changing a role; the permissions given replace the old ones. */
    record RoleInput(String name, List<Permission> permissions, LogTypeAccessKind logTypeAccessKind, List<String> logTypeAccess) {
        RoleInput {
            RestRequest.required(name, "name");
            RestRequest.requiredList(permissions, "permissions");
        }
    }

    @Override
    public void register(RestRoutes routes) {
        Access read = Access.needs(Permission.UserRead);
        Access modify = Access.needs(Permission.UserModify);
        routes.get("/roles", read, request -> RestAnswer.ok(RestList.all(list(request.query()).stream().map(RestRole::of).toList())))
                .post("/roles", modify, request -> {
                    RoleInput in = request.body(RoleInput.class);
                    return RestAnswer.ok(RestRole.of(RestException.conflictIsBadRequest(() -> directory.createRole(in.name(), Permission.setOf(in.permissions()),
                            in.logTypeAccess(), in.logTypeAccessKind(), request.caller()))));
                })
                .get("/roles/{id}", read, request -> RestAnswer.ok(RestRole.of(directory.roleById(request.path("id")))))
                .post("/roles/{id}", modify, request -> {
                    RoleInput in = request.body(RoleInput.class);
                    return RestAnswer.ok(RestRole.of(RestException.conflictIsBadRequest(() -> directory.updateRole(request.path("id"), in.name(),
                            Permission.setOf(in.permissions()), in.logTypeAccess(), in.logTypeAccessKind(), request.caller()))));
                })
                .delete("/roles/{id}", modify, request -> {
                    RestException.conflictIsBadRequest(() -> directory.deleteRole(request.path("id")));
                    return RestAnswer.okWithoutBody();
                });
    }

    /** {@code name} alone decides when given; otherwise {@code name-contains}, {@code id}/{@code ids} and the order. */
    private List<Role> list(QueryParameters q) {
        boolean descending = "desc".equals(q.oneOf("sort-dir", List.of("asc", "desc"), "asc"));
        String name = q.string("name");
        if (name != null) {
            return directory.roles(null, false).stream().filter(r -> r.name().equalsIgnoreCase(name)).toList();
        }
        List<String> ids = q.stringsAndCommaList("id", "ids");
        return directory.roles(q.string("name-contains"), descending).stream().filter(r -> ids == null || ids.contains(r.id())).toList();
    }
}
