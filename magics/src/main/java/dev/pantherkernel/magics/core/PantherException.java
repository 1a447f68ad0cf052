package dev.pantherkernel.magics.core;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The base of every error the {@code %panther} library reports to a user. The message is meant to be
 * shown as it is; a stack trace would add nothing for the analyst.
 */
@Internal
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

    /** What kind of error this is, as a cell names it ({@code UsageException}). */
    public String kind() {
        return getClass().getSimpleName();
    }

    /**
     * The same error in other words: its message and detail lines through {@code words} (the session's redaction, say),
     * of the same kind. The original is not kept as its cause, since its words are what had to go.
     */
    public PantherException reworded(UnaryOperator<String> words, UnaryOperator<List<String>> detailLines) {
        PantherException out = new Reworded(kind(), words.apply(getMessage()), detailLines.apply(details));
        out.setStackTrace(getStackTrace());
        return out;
    }

    /** An error told again in other words, keeping the kind of the one it retells. */
    private static final class Reworded extends PantherException {

        private final String kind;

        Reworded(String kind, String message, List<String> details) {
            super(message, details);
            this.kind = kind;
        }

        @Override
        public String kind() {
            return kind;
        }
    }
}
