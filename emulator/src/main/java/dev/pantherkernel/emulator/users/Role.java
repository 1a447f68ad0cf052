package dev.pantherkernel.emulator.users;

import dev.pantherkernel.emulator.auth.Permission;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/** A named set of permissions; {@code updatedBy} is the actor (a user or an API key) of the last change. */
public record Role(
        String id,
        String name,
        List<Permission> permissions,
        List<String> logTypeAccess,
        LogTypeAccessKind logTypeAccessKind,
        Instant createdAt,
        Instant updatedAt,
        Object updatedBy) {

    public Role {
        permissions = List.copyOf(new TreeSet<>(permissions));
        logTypeAccess = logTypeAccess == null ? null : List.copyOf(logTypeAccess);
    }
}
