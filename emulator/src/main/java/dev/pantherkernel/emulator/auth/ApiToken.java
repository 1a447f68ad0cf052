package dev.pantherkernel.emulator.auth;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An API key as the API shows it ({@code APIToken}). The secret itself is never kept: only its
 * hash lives in {@link TokenStore}, and {@code value} is filled in once, right after a rotation.
 */
public record ApiToken(
        String id,
        String name,
        Set<Permission> permissions,
        Instant createdAt,
        String createdById,
        Instant rotatedAt,
        String value) {

    public ApiToken {
        permissions = permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    public List<String> allowedCIDRBlocks() {
        return List.of();
    }

    public Instant updatedAt() {
        return rotatedAt;
    }

    ApiToken rotated(Instant at, String newValue) {
        return new ApiToken(id, name, permissions, createdAt, createdById, at, newValue);
    }

}
