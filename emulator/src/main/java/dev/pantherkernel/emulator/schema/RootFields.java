package dev.pantherkernel.emulator.schema;

import dev.pantherkernel.emulator.auth.Caller;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.core.ApiException;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Registers the fetchers of the {@code Query} and {@code Mutation} fields, each behind the permission
 * it needs, so that access control is decided in one place and listed in one table.
 */
public final class RootFields {
    private final RuntimeWiring.Builder wiring;
    private final Map<String, Optional<Permission>> required = new TreeMap<>();

    RootFields(RuntimeWiring.Builder wiring) {
        this.wiring = wiring;
    }

    public void query(String field, Permission permission, DataFetcher<?> fetcher) {
        register("Query", field, Optional.of(permission), fetcher);
    }

    public void mutation(String field, Permission permission, DataFetcher<?> fetcher) {
        register("Mutation", field, Optional.of(permission), fetcher);
    }

    /** A field that any valid key may use. */
    public void queryForAnyKey(String field, DataFetcher<?> fetcher) {
        register("Query", field, Optional.empty(), fetcher);
    }

    public void mutationForAnyKey(String field, DataFetcher<?> fetcher) {
        register("Mutation", field, Optional.empty(), fetcher);
    }

    /** Root field name to the permission it needs (empty: any valid key). */
    public Map<String, Optional<Permission>> requiredPermissions() {
        return Map.copyOf(required);
    }

    private void register(String type, String field, Optional<Permission> permission, DataFetcher<?> fetcher) {
        if (required.putIfAbsent(field, permission) != null) {
            throw new IllegalStateException("root field registered twice: " + field);
        }
        DataFetcher<?> guarded = permission.<DataFetcher<?>>map(p -> env -> {
            if (!Caller.of(env).token().may(p)) {
                throw ApiException.accessDenied();
            }
            return fetcher.get(env);
        }).orElse(fetcher);
        wiring.type(type, t -> t.dataFetcher(field, guarded));
    }

    /** The type-level wiring beyond root fields (nested fetchers, type resolvers). */
    public RuntimeWiring.Builder types() {
        return wiring;
    }
}
