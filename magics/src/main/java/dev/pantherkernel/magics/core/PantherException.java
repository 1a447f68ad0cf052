package dev.pantherkernel.magics.core;

import java.util.List;

/**
 * The base of every error the {@code %panther} library reports to a user. The message is meant to be
 * shown as it is; a stack trace would add nothing for the analyst.
 */
public class PantherException extends RuntimeException {

    private final List<String> details;

    public PantherException(String message) {
        this(message, (Throwable) null);
    }

    public PantherException(String message, Throwable cause) {
        super(message, cause);
        this.details = List.of();
    }

    /** A one-line message with lines that show where (the offending source with a caret under it, say). */
    public PantherException(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    /** Lines shown under the message; empty for most errors. */
    public List<String> details() {
        return details;
    }
}
