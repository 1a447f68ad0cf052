package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

/**
 * Fetching failed part way; the rows fetched before the failure are in {@link #result()}, marked partial, so the
 * kernel can keep them (bind them, show them) while it reports the error.
 */
@Internal
public final class PartialResultException extends PantherException {

    private final Result result;

    public PartialResultException(String message, Result result, Throwable cause) {
        super(message, cause);
        this.result = result;
    }

    public Result result() {
        return result;
    }
}
