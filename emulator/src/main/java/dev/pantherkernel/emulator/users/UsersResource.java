package dev.pantherkernel.emulator.users;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.auth.User;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.QueryParameters;
import dev.pantherkernel.emulator.rest.RestAnswer;
import dev.pantherkernel.emulator.rest.RestException;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestResource;
import dev.pantherkernel.emulator.rest.RestRoutes;
import dev.pantherkernel.emulator.rest.RestTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** {@code /users} and {@code /users/{id}} over the directory GraphQL's user fields use. */
public final class UsersResource implements RestResource {
    private final UserDirectory directory;

    public UsersResource(UserDirectory directory) {
        this.directory = directory;
    }

    /** A role as a user names it: by id or by name (exactly one of them in a request). */
    record RoleRef(String id, String name) {}

    /** A user as REST answers them. */
    record RestUser(String id, String email, String givenName, String familyName, boolean enabled, RoleRef role, String status,
            String createdAt, String lastLoggedInAt) {}

    /** The body of inviting and changing a user: all four fields are required. */
    record UserInput(String email, String givenName, String familyName, RoleRef role) {
        UserInput {
            RestRequest.required(email, "email");
            RestRequest.required(givenName, "givenName");
            RestRequest.required(familyName, "familyName");
            RestRequest.required(role, "role");
            if ((role.id() == null) == (role.name() == null)) {
                throw RestException.badRequest("role must have exactly one of id and name");
            }
        }
    }

    @Override
    public void register(RestRoutes routes) {
        Access read = Access.needs(Permission.UserRead);
        Access modify = Access.needs(Permission.UserModify);
        routes.get("/users", read, request -> RestAnswer.ok(request.query().page(60, 60).slice(list(request.query()), this::view)))
                .post("/users", modify, request -> {
                    UserInput in = request.body(UserInput.class);
                    UserDirectory.RoleRef role = role(in.role());
                    return RestAnswer.ok(view(RestException.conflictIsBadRequest(
                            () -> directory.invite(in.email(), in.givenName(), in.familyName(), role))));
                })
                .get("/users/{id}", read, request -> RestAnswer.ok(view(directory.userById(request.path("id")))))
                .post("/users/{id}", modify, request -> {
                    UserInput in = request.body(UserInput.class);
                    directory.userById(request.path("id"));
                    UserDirectory.RoleRef role = role(in.role());
                    return RestAnswer.ok(view(RestException.conflictIsBadRequest(
                            () -> directory.update(request.path("id"), in.email(), in.givenName(), in.familyName(), role))));
                })
                .delete("/users/{id}", modify, request -> {
                    directory.deleteUser(request.path("id"));
                    return RestAnswer.okWithoutBody();
                });
    }

    /** {@code email} alone decides when given; otherwise the other filters, deactivated users only when asked. */
    private List<User> list(QueryParameters q) {
        String email = q.string("email");
        if (email != null) {
            return directory.findUserByEmail(email).map(List::of).orElse(List.of());
        }
        List<String> ids = q.stringsAndCommaList("id", "ids");
        String contains = q.string("contains");
        String status = q.string("status");
        boolean deactivatedToo = Boolean.TRUE.equals(q.bool("include-deactivated"));
        Predicate<User> wanted = u -> (deactivatedToo || u.enabled())
                && (ids == null || ids.contains(u.id()))
                && (status == null || status.equalsIgnoreCase(u.status()))
                && (contains == null || mentions(u, contains.toLowerCase(Locale.ROOT)));
        return directory.users().stream().filter(wanted).toList();
    }

    private static boolean mentions(User u, String text) {
        return (u.givenName() + " " + u.familyName() + " " + u.email()).toLowerCase(Locale.ROOT).contains(text);
    }

    /** A role the directory holds, by id (a role that is not there is a bad request: the user is what the path names). */
    private UserDirectory.RoleRef role(RoleRef ref) {
        Role role = (ref.id() != null ? directory.findRole(ref.id())
                : directory.roles(null, false).stream().filter(r -> r.name().equalsIgnoreCase(ref.name())).findFirst())
                .orElseThrow(() -> RestException.badRequest("role " + (ref.id() != null ? ref.id() : ref.name()) + " not found"));
        return new UserDirectory.RoleRef(false, role.id());
    }

    private RestUser view(User u) {
        RoleRef role = directory.findRole(u.roleId()).map(r -> new RoleRef(r.id(), r.name())).orElse(new RoleRef(u.roleId(), null));
        return new RestUser(u.id(), u.email(), u.givenName(), u.familyName(), u.enabled(), role, u.status(), RestTime.of(u.createdAt()),
                RestTime.of(u.lastLoggedInAt()));
    }
}
