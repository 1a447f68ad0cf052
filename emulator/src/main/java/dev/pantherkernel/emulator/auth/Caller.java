package dev.pantherkernel.emulator.auth;

import graphql.schema.DataFetchingEnvironment;

/** Who sent the request being executed: the key that authenticated it. */
public record Caller(ApiToken token) {

    public static Caller of(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(Caller.class);
    }
}
