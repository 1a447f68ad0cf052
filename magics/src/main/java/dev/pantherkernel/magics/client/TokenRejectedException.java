package dev.pantherkernel.magics.client;

/** HTTP 401: the key is unknown, expired, or too new to be valid yet. */
public final class TokenRejectedException extends ApiException {

    public TokenRejectedException(String operation, String endpoint) {
        super(operation, "token rejected by " + endpoint + " (HTTP 401): check the token; a token created in the "
                + "last 30-60 s may not be valid yet, so wait a minute and run the cell again");
    }
}
