package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.PantherException;
import java.util.List;

/** Panther answered, or could not be reached, in a way that ends the operation. */
class ApiException extends PantherException {

    private final String operation;

    public ApiException(String operation, String message) {
        super(message);
        this.operation = operation;
    }

    public ApiException(String operation, String message, Throwable cause) {
        super(message, cause);
        this.operation = operation;
    }

    /** With lines to show under the message (the offending source with a caret, say). */
    public ApiException(String operation, String message, List<String> details) {
        super(message, details);
        this.operation = operation;
    }

    /** The operation that failed ({@code alerts}, {@code executeDataLakeQuery}, ...). */
    public String operation() {
        return operation;
    }
}
