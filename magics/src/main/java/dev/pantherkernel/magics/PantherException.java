package dev.pantherkernel.magics;

/**
 * The base of every error the {@code %panther} library reports to a user. The message is meant to be
 * shown as it is; a stack trace would add nothing for the analyst.
 */
public class PantherException extends RuntimeException {

    public PantherException(String message) {
        super(message);
    }

    public PantherException(String message, Throwable cause) {
        super(message, cause);
    }
}
