package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;

/** The token is valid but lacks the permission an operation needs. */
@Internal
public final class AccessDeniedException extends ApiException {

    public AccessDeniedException(String operation) {
        super(operation, "access denied to " + operation + ": " + RequiredPermissions.describe(operation));
    }

    /** @param detail what the server said, or empty */
    public AccessDeniedException(String operation, String detail) {
        super(operation, "access denied to " + operation + (detail.isBlank() ? "" : " (" + detail + ")") + ": "
                + RequiredPermissions.describe(operation));
    }
}
