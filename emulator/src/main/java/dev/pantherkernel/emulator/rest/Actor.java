package dev.pantherkernel.emulator.rest;

import dev.pantherkernel.emulator.auth.ApiToken;
import dev.pantherkernel.emulator.auth.User;

/**
 * Who did something, as REST answers name it ({@code createdBy}, {@code updatedBy}, {@code assignee}): an id and
 * {@code user}, {@code api-token} or {@code system}.
 */
public record Actor(String id, String type) {

    public static Actor user(String id) {
        return id == null ? null : new Actor(id, "user");
    }

    public static Actor apiToken(String id) {
        return new Actor(id, "api-token");
    }

    /** The actor the stores keep (a {@link User} or an {@link ApiToken}, as GraphQL's {@code Actor} union); none stays none. */
    public static Actor of(Object who) {
        if (who instanceof ApiToken token) {
            return apiToken(token.id());
        }
        if (who instanceof User user) {
            return user(user.id());
        }
        return null;
    }
}
