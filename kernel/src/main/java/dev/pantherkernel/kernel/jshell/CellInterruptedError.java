package dev.pantherkernel.kernel.jshell;

/**
 * Thrown into cell code when the user interrupts the cell. An {@link Error}, so that a
 * {@code catch (Exception e)} in the cell does not swallow the interrupt.
 */
public final class CellInterruptedError extends Error {

    public CellInterruptedError() {
        super("the cell was interrupted", null, false, false);
    }
}
