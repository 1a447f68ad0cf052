package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

/**
 * A Panther API token. It never prints itself: {@code toString} is a placeholder, so a token that ends up in a
 * log line, an exception or a cell by accident shows nothing. Only the client's authentication step reads it.
 */
@Internal
public final class ApiToken {

    /** No token: a client answered from a recording sends nothing anywhere and needs none. */
    public static final ApiToken NONE = new ApiToken("");

    private final String value;

    private ApiToken(String value) {
        this.value = value;
    }

    public static ApiToken of(String value, String whereFrom) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new PantherException("the API token from " + whereFrom + " is empty");
        }
        return new ApiToken(v);
    }

    public boolean isNone() {
        return value.isEmpty();
    }

    /** The secret itself. Callers: the authentication step and the redactor, nothing else. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "ApiToken[hidden]";
    }
}
