package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.PublicApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Collections;

/**
 * One GraphQL call. {@code mutation} decides whether it may be retried (never, for a mutation: it could run
 * twice); {@code operation} names it in errors and logs (the root field, {@code alerts} say).
 */
@PublicApi
public record GraphQLRequest(String query, Map<String, Object> variables, String operationName, boolean mutation,
                             String operation) implements ApiRequest {

    public GraphQLRequest {
        Objects.requireNonNull(query, "query");
        variables = variables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        operation = operation == null ? "graphql" : operation;
    }

    public static GraphQLRequest query(String operation, String query, Map<String, Object> variables) {
        return new GraphQLRequest(query, variables, null, false, operation);
    }

    public static GraphQLRequest mutation(String operation, String query, Map<String, Object> variables) {
        return new GraphQLRequest(query, variables, null, true, operation);
    }

    /** The same call with one variable set (the paging cursor, say). */
    public GraphQLRequest withVariable(String name, Object value) {
        Map<String, Object> next = new LinkedHashMap<>(variables);
        next.put(name, value);
        return new GraphQLRequest(query, next, operationName, mutation, operation);
    }

    public GraphQLRequest withVariables(Map<String, Object> replacement) {
        return new GraphQLRequest(query, replacement, operationName, mutation, operation);
    }
}
