package dev.pantherkernel.emulator.users;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.auth.User;
import dev.pantherkernel.emulator.core.ApiException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The organisation's users and roles, with the rules the API enforces on changing them. */
public final class UserDirectory {
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Clock clock;

    public UserDirectory(Clock clock, List<Role> initialRoles, List<User> initialUsers) {
        this.clock = clock;
        initialRoles.forEach(role -> roles.put(role.id(), role));
        initialUsers.forEach(user -> users.put(user.id(), user));
    }

    public synchronized List<User> users() {
        return List.copyOf(users.values());
    }

    public synchronized Optional<User> findUser(String id) {
        return Optional.ofNullable(users.get(id));
    }

    public User userById(String id) {
        return findUser(id).orElseThrow(() -> ApiException.notFound("user " + id));
    }

    public synchronized Optional<User> findUserByEmail(String email) {
        return users.values().stream().filter(u -> u.email().equalsIgnoreCase(email)).findFirst();
    }

    public User userByEmail(String email) {
        return findUserByEmail(email).orElseThrow(() -> ApiException.notFound("user " + email));
    }

    public synchronized User invite(String email, String givenName, String familyName, RoleRef role) {
        if (findUserByEmail(email).isPresent()) {
            throw ApiException.conflict("a user with email " + email + " already exists");
        }
        User user = new User(UUID.randomUUID().toString(), email, givenName, familyName, resolve(role).id(),
                clock.instant(), null, "FORCE_CHANGE_PASSWORD", true);
        users.put(user.id(), user);
        return user;
    }

    public synchronized User update(String id, String email, String givenName, String familyName, RoleRef role) {
        User user = userById(id);
        if (email != null && findUserByEmail(email).filter(other -> !other.id().equals(id)).isPresent()) {
            throw ApiException.conflict("a user with email " + email + " already exists");
        }
        User updated = user.with(
                email == null ? user.email() : email,
                givenName == null ? user.givenName() : givenName,
                familyName == null ? user.familyName() : familyName,
                role == null ? user.roleId() : resolve(role).id());
        users.put(id, updated);
        return updated;
    }

    public synchronized String deleteUser(String id) {
        userById(id);
        users.remove(id);
        return id;
    }

    public synchronized List<Role> roles(String nameContains, boolean descending) {
        Comparator<Role> byName = Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT));
        return roles.values().stream()
                .filter(r -> nameContains == null
                        || r.name().toLowerCase(Locale.ROOT).contains(nameContains.toLowerCase(Locale.ROOT)))
                .sorted(descending ? byName.reversed() : byName)
                .toList();
    }

    public synchronized Optional<Role> findRole(String id) {
        return Optional.ofNullable(roles.get(id));
    }

    public Role roleById(String id) {
        return findRole(id).orElseThrow(() -> ApiException.notFound("role " + id));
    }

    public synchronized Role roleByName(String name) {
        return roles.values().stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> ApiException.notFound("role " + name));
    }

    public synchronized Role createRole(String name, Set<Permission> permissions, List<String> logTypeAccess,
            LogTypeAccessKind kind, Object actor) {
        requireFreeName(name, null);
        Role role = new Role(UUID.randomUUID().toString(), name, List.copyOf(permissions), logTypeAccess,
                kind == null ? LogTypeAccessKind.ALLOW_ALL : kind, clock.instant(), clock.instant(), actor);
        roles.put(role.id(), role);
        return role;
    }

    /** Given permissions replace the old list; fields left out keep their values. */
    public synchronized Role updateRole(String id, String name, Set<Permission> permissions, List<String> logTypeAccess,
            LogTypeAccessKind kind, Object actor) {
        Role role = roleById(id);
        if (name != null) {
            requireFreeName(name, id);
        }
        Role updated = new Role(id,
                name == null ? role.name() : name,
                permissions == null ? role.permissions() : new ArrayList<>(permissions),
                logTypeAccess == null ? role.logTypeAccess() : logTypeAccess,
                kind == null ? role.logTypeAccessKind() : kind,
                role.createdAt(), clock.instant(), actor);
        roles.put(id, updated);
        return updated;
    }

    public synchronized String deleteRole(String id) {
        roleById(id);
        long holders = users.values().stream().filter(u -> u.roleId().equals(id)).count();
        if (holders > 0) {
            throw ApiException.conflict("role " + id + " is held by " + holders + " user(s); reassign them first");
        }
        roles.remove(id);
        return id;
    }

    private Role resolve(RoleRef ref) {
        return ref.byName() ? roleByName(ref.value()) : roleById(ref.value());
    }

    private void requireFreeName(String name, String exceptId) {
        roles.values().stream()
                .filter(r -> r.name().equalsIgnoreCase(name) && !r.id().equals(exceptId))
                .findFirst()
                .ifPresent(r -> {
                    throw ApiException.conflict("a role named " + r.name() + " already exists");
                });
    }

    /** The {@code UserRoleInput} of the API: a role named by id or by name. */
    public record RoleRef(boolean byName, String value) {}
}
