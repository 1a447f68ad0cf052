package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

/**
 * Removes the API token from text before it leaves the client: the whole token and any 8-character piece of it,
 * in case a server echoes part of a key. Every exception the client throws passes through here.
 */
@Internal
public final class Redactor {

    static final int PIECE = 8;
    public static final String MASK = "[redacted]";

    private final String secret;

    public Redactor(ApiToken token) {
        this.secret = token.reveal();
    }

    public String redact(String text) {
        if (text == null || secret.isEmpty()) {
            return text;
        }
        String out = text.replace(secret, MASK);
        if (secret.length() < PIECE) {
            return out;
        }
        for (int i = 0; i + PIECE <= secret.length(); i++) {
            String piece = secret.substring(i, i + PIECE);
            if (out.contains(piece)) {
                out = out.replace(piece, MASK);
            }
        }
        return out;
    }

    /** Whether the token, or a piece of it, appears anywhere in this exception's messages. */
    boolean leaks(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !redact(message).equals(message)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The exception as it is when it holds no secret; otherwise a plain one with the secret masked. */
    RuntimeException clean(RuntimeException thrown) {
        if (!leaks(thrown)) {
            return thrown;
        }
        String operation = thrown instanceof ApiException api ? api.operation() : "request";
        ApiException clean = new ApiException(operation, redact(thrown.getMessage()));
        clean.setStackTrace(thrown.getStackTrace());
        return clean;
    }

    /** For callers outside the client that build messages from server text. */
    public PantherException clean(PantherException thrown) {
        return (PantherException) clean((RuntimeException) thrown);
    }
}
