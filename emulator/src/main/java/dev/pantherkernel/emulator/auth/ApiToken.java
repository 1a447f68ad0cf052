package dev.pantherkernel.emulator.auth;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An API key as the APIs show it (GraphQL {@code APIToken}, REST {@code /api-tokens}). The secret itself is never
 * kept: only its hash lives in {@link TokenStore}, and {@code value} is filled in once, in the answer that made or
 * rotated it. {@code createdById} is the user on whose behalf the key was made.
 */
public record ApiToken(
        String id,
        String name,
        Set<Permission> permissions,
        List<String> allowedCIDRBlocks,
        Instant createdAt,
        String createdById,
        Instant updatedAt,
        Instant rotatedAt,
        String value) {

    public ApiToken {
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        allowedCIDRBlocks = List.copyOf(allowedCIDRBlocks);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    ApiToken rotated(Instant at, String newValue) {
        return new ApiToken(id, name, permissions, allowedCIDRBlocks, createdAt, createdById, at, at, newValue);
    }

    ApiToken changed(String newName, Set<Permission> newPermissions, List<String> newBlocks, Instant at) {
        return new ApiToken(id, newName, newPermissions, newBlocks, createdAt, createdById, at, rotatedAt, null);
    }

    ApiToken withValue(String newValue) {
        return new ApiToken(id, name, permissions, allowedCIDRBlocks, createdAt, createdById, updatedAt, rotatedAt, newValue);
    }
}
