package dev.pantherkernel.emulator.rest;

import dev.pantherkernel.emulator.auth.ApiToken;
import dev.pantherkernel.emulator.auth.Permission;
import java.util.Map;
import java.util.Optional;

/**
 * Who may use an operation: keys holding a permission, or any valid key. {@link #orOwnToken()} also lets any key act
 * on itself, named by the path's {@code {id}} as {@code self} or by its own id (Panther's MCP server reads a key's
 * permissions with {@code GET /api-tokens/self}, and a key may rotate itself as GraphQL's {@code rotateAPIToken} does).
 */
public record Access(Optional<Permission> permission, boolean ownToken) {
    /** The path parameter value that names the calling key. */
    public static final String SELF = "self";

    public static Access needs(Permission permission) {
        return new Access(Optional.of(permission), false);
    }

    public Access orOwnToken() {
        return new Access(permission, true);
    }

    boolean allows(ApiToken caller, Map<String, String> pathParameters) {
        if (permission.isEmpty() || caller.may(permission.get())) {
            return true;
        }
        String id = pathParameters.get("id");
        return ownToken && (SELF.equals(id) || caller.id().equals(id));
    }

    /** As the README's table says it: {@code AlertRead}, {@code any valid key}, {@code ... or the key itself}. */
    public String describe() {
        String base = permission.map(Permission::name).orElse("any valid key");
        return ownToken ? base + ", or the key itself" : base;
    }
}
