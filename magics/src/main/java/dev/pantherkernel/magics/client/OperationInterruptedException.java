package dev.pantherkernel.magics.client;

/** The user interrupted the cell while a call was on its way; the thread's interrupt flag is set again. */
public final class OperationInterruptedException extends ApiException {

    public OperationInterruptedException(String operation) {
        super(operation, operation + " interrupted");
    }
}
