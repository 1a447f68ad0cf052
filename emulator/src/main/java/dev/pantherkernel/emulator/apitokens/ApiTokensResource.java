package dev.pantherkernel.emulator.apitokens;

import dev.pantherkernel.emulator.auth.ApiToken;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.auth.TokenStore;
import dev.pantherkernel.emulator.rest.Access;
import dev.pantherkernel.emulator.rest.Actor;
import dev.pantherkernel.emulator.rest.RestAnswer;
import dev.pantherkernel.emulator.rest.RestList;
import dev.pantherkernel.emulator.rest.RestRequest;
import dev.pantherkernel.emulator.rest.RestResource;
import dev.pantherkernel.emulator.rest.RestRoutes;
import dev.pantherkernel.emulator.rest.RestTime;
import java.util.List;
import java.util.Objects;

/**
 * {@code /api-tokens}, {@code /api-tokens/{id}} and {@code /api-tokens/{id}/rotate} over the keys every request
 * authenticates with. {@code self} names the calling key; any key may read and rotate itself (a key's permissions are
 * what Panther's MCP server reads first), everything else needs the API token permissions.
 */
public final class ApiTokensResource implements RestResource {
    private final TokenStore tokens;

    public ApiTokensResource(TokenStore tokens) {
        this.tokens = tokens;
    }

    /** A key as REST answers it; {@code value} only right after it was made or rotated. */
    record RestApiToken(String id, String name, List<Permission> permissions, List<String> allowedCIDRBlocks, String createdAt,
            Actor createdBy, String updatedAt, String rotatedAt, String value) {
        static RestApiToken of(ApiToken t) {
            return new RestApiToken(t.id(), t.name(), t.permissions().stream().sorted().toList(), t.allowedCIDRBlocks(),
                    RestTime.of(t.createdAt()), Actor.user(t.createdById()), RestTime.of(t.updatedAt()), RestTime.of(t.rotatedAt()),
                    t.value());
        }
    }

    /** The body of creating and changing a key. */
    record ApiTokenInput(String name, List<Permission> permissions, List<String> allowedCIDRBlocks) {
        ApiTokenInput {
            RestRequest.required(name, "name");
            RestRequest.requiredList(permissions, "permissions");
            allowedCIDRBlocks = allowedCIDRBlocks == null ? List.of() : allowedCIDRBlocks;
            allowedCIDRBlocks.forEach(Cidr::check);
        }
    }

    @Override
    public void register(RestRoutes routes) {
        Access read = Access.needs(Permission.OrganizationAPITokenRead);
        Access modify = Access.needs(Permission.OrganizationAPITokenModify);
        routes.get("/api-tokens", read, request -> RestAnswer.ok(RestList.all(tokens.all().stream().map(RestApiToken::of).toList())))
                .post("/api-tokens", modify, request -> {
                    ApiTokenInput in = request.body(ApiTokenInput.class);
                    return RestAnswer.ok(RestApiToken.of(tokens.create(in.name(), Permission.setOf(in.permissions()), in.allowedCIDRBlocks(),
                            request.caller().createdById())));
                })
                .get("/api-tokens/{id}", read.orOwnToken(), request -> RestAnswer.ok(RestApiToken.of(tokens.get(id(request)))))
                .post("/api-tokens/{id}", modify, request -> {
                    ApiTokenInput in = request.body(ApiTokenInput.class);
                    return RestAnswer.ok(RestApiToken.of(tokens.change(id(request), in.name(), Permission.setOf(in.permissions()), in.allowedCIDRBlocks())));
                })
                .delete("/api-tokens/{id}", modify, request -> {
                    tokens.delete(id(request));
                    return RestAnswer.noContent();
                })
                .post("/api-tokens/{id}/rotate", modify.orOwnToken(), request -> RestAnswer.ok(RestApiToken.of(tokens.rotate(id(request)))));
    }

    /** The key the path names: {@code self} is the caller. */
    private static String id(RestRequest request) {
        String id = request.path("id");
        return Objects.equals(id, Access.SELF) ? request.caller().id() : id;
    }
}
