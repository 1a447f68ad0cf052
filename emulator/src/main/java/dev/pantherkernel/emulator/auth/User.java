package dev.pantherkernel.emulator.auth;

import java.time.Instant;

/**
 * A console user. {@code role} is resolved from {@code roleId} when asked for. It lives beside {@link ApiToken} because
 * the two are who can act (GraphQL's {@code Actor} union, REST's {@code createdBy}); the directory of users and
 * roles is {@code users}.
 */
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

    /** The same user with a changed email, name or role (the directory's update). */
    public User with(String newEmail, String newGivenName, String newFamilyName, String newRoleId) {
        return new User(id, newEmail, newGivenName, newFamilyName, newRoleId, createdAt, lastLoggedInAt, status, enabled);
    }
}
