package dev.pantherkernel.kernel.jshell;

import dev.pantherkernel.magics.memory.HeapLevel;

/**
 * Thrown into cell code (at a loop's next turn) when a collection found the kernel's heap nearly full while the cell
 * ran: the cell stops before an {@link OutOfMemoryError} could reach the kernel's own threads. An {@link Error}, like
 * {@link CellInterruptedError}, so that a {@code catch (Exception e)} in the cell does not swallow it.
 */
public final class CellHeapError extends Error {

    private final transient HeapLevel level;

    public CellHeapError(HeapLevel level) {
        super("the kernel's heap was " + level.describe() + " after garbage collection", null, false, false);
        this.level = level;
    }

    public HeapLevel level() {
        return level;
    }
}
