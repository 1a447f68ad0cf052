package dev.pantherkernel.magics.client;


import java.util.Map;

/** Panther's API reads the key from the X-API-Key header (no "Bearer"). */
final class Authentication {

    static final String HEADER = "X-API-Key";

    private final ApiToken token;

    Authentication(ApiToken token) {
        this.token = token;
    }

    Map<String, String> headers() {
        return token.isNone() ? Map.of() : Map.of(HEADER, token.reveal());
    }
}
