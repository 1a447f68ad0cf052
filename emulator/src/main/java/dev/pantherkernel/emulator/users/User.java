package dev.pantherkernel.emulator.users;

import java.time.Instant;

/** A console user. {@code role} is resolved from {@code roleId} when asked for. */
public record User(
        String id,
        String email,
        String givenName,
        String familyName,
        String roleId,
        Instant createdAt,
        Instant lastLoggedInAt,
        String status,
        boolean enabled) {

    User with(String newEmail, String newGivenName, String newFamilyName, String newRoleId) {
        return new User(id, newEmail, newGivenName, newFamilyName, newRoleId, createdAt, lastLoggedInAt, status, enabled);
    }
}
