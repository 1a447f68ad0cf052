package dev.pantherkernel.magics.client;

/** The token is valid but lacks the permission an operation needs. */
public final class AccessDeniedException extends ApiException {

    public AccessDeniedException(String operation) {
        super(operation, "access denied to " + operation + ": " + RequiredPermissions.describe(operation));
    }
}
