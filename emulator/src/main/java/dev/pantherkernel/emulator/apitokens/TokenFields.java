package dev.pantherkernel.emulator.apitokens;

import dev.pantherkernel.emulator.auth.ApiToken;
import dev.pantherkernel.emulator.auth.Caller;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.auth.TokenStore;
import dev.pantherkernel.emulator.schema.RootFields;
import dev.pantherkernel.emulator.schema.SchemaPart;
import java.util.Map;
import java.util.function.Function;

/** {@code rotateAPIToken} and the fields of {@code APIToken} that point at users. */
public final class TokenFields implements SchemaPart {
    private final TokenStore tokens;
    private final Function<String, Object> userById;

    /** {@code userById} finds the user who created a key (the organisation's admin for built-in keys). */
    public TokenFields(TokenStore tokens, Function<String, Object> userById) {
        this.tokens = tokens;
        this.userById = userById;
    }

    @Override
    public void wire(RootFields root) {
        root.mutationForAnyKey("rotateAPIToken", env -> Map.of("token", tokens.rotate(Caller.of(env).token().id())));
        root.types().type("APIToken", t -> t
                .dataFetcher("permissions", env -> Permission.forGraphQL(env.<ApiToken>getSource().permissions()))
                .dataFetcher("createdBy", env -> userById.apply(env.<ApiToken>getSource().createdById()))
                .dataFetcher("updatedBy", env -> null)
                .dataFetcher("rotatedBy", env -> env.<ApiToken>getSource().rotatedAt() == null ? null : env.getSource()));
    }
}
