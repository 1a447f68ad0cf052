package dev.pantherkernel.emulator.core;

/**
 * A failure the API reports to the caller as a GraphQL error with this message; the code goes to
 * {@code extensions.code}.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    private ApiException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public static ApiException accessDenied() {
        return new ApiException("FORBIDDEN", "access denied");
    }

    public static ApiException notFound(String what) {
        return new ApiException("NOT_FOUND", what + " not found");
    }

    public static ApiException invalidInput(String message) {
        return new ApiException("BAD_USER_INPUT", message);
    }

    /** Something that existed and is no longer kept (expired results). */
    public static ApiException expired(String message) {
        return new ApiException("EXPIRED", message);
    }

    public static ApiException conflict(String message) {
        return new ApiException("CONFLICT", message);
    }

    public String code() {
        return code;
    }
}
