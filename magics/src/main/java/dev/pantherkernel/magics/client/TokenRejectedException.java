package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;

/**
 * HTTP 401, or a 403 that is not a GraphQL error (a gateway in front of the API refusing the key): the key is
 * unknown, expired, or too new to be valid yet.
 */
@Internal
public final class TokenRejectedException extends ApiException {

    /** @param detail what the server said, or empty */
    public TokenRejectedException(String operation, String endpoint, int status, String detail) {
        super(operation, "token rejected by " + endpoint + " (HTTP " + status + (detail.isBlank() ? "" : ": " + detail)
                + "): check the token; a token created in the last 30-60 s may not be valid yet, so wait a minute and "
                + "run the cell again");
    }
}
