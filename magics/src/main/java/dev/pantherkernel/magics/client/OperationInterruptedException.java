package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;

/** The user interrupted the cell while a call was on its way; the thread's interrupt flag is set again. */
@Internal
public final class OperationInterruptedException extends ApiException {

    public OperationInterruptedException(String operation) {
        super(operation, operation + " interrupted");
    }
}
