package dev.pantherkernel.emulator.rest;

import dev.pantherkernel.emulator.core.ApiException;
import java.util.function.Supplier;

/** A failure answered with this HTTP status and {@code {"message": ...}}. */
public final class RestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public RestException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static RestException badRequest(String message) {
        return new RestException(400, message);
    }

    public static RestException notFound(String what) {
        return new RestException(404, what + " not found");
    }

    public int status() {
        return status;
    }

    /**
     * Runs a store change whose conflicts (a taken name or e-mail address, a role still held) Panther answers with
     * 400 rather than 409, on the operations whose description lists no 409.
     */
    public static <T> T conflictIsBadRequest(Supplier<T> change) {
        try {
            return change.get();
        } catch (ApiException e) {
            if ("CONFLICT".equals(e.code())) {
                throw badRequest(e.getMessage());
            }
            throw e;
        }
    }

    /** The status a store's failure is answered with. */
    static int statusOf(ApiException e) {
        return switch (e.code()) {
            case "NOT_FOUND", "EXPIRED" -> 404;
            case "FORBIDDEN" -> 403;
            case "CONFLICT" -> 409;
            default -> 400;
        };
    }
}
