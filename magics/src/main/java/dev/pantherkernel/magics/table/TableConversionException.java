package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

/** A value that does not fit the column the schema says it belongs to. */
@Internal
public final class TableConversionException extends PantherException {

    public TableConversionException(String message, Throwable cause) {
        super(message, cause);
    }
}
