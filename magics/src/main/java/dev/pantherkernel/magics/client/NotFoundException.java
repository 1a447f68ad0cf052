package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;

/** Panther's REST API has nothing at the path asked for (HTTP 404): no detection, query or user with that id. */
@Internal
public final class NotFoundException extends ApiException {

    /** @param detail what the server said, or empty */
    public NotFoundException(String operation, String detail) {
        super(operation, operation + ": not found" + (detail.isBlank() ? "" : " (" + detail + ")"));
    }

    private NotFoundException(NotFoundException plain, String hint) {
        super(plain.operation(), plain.getMessage() + "; " + hint, plain);
    }

    /** The same failure with {@code hint} after it: what was likely meant, say. */
    public NotFoundException withHint(String hint) {
        return new NotFoundException(this, hint);
    }
}
