package dev.pantherkernel.kernel.jshell;

/**
 * What instrumented cell code calls: at every backward jump (the end of each loop iteration), so that
 * {@code while (true) {}} in a cell stops when the user interrupts it, or when the heap is nearly full. Public because snippet classes,
 * defined by another class loader, call it.
 */
public final class CellGuard {

    private CellGuard() {
    }

    /** What {@code System.exit(status)} in a cell does instead of ending the kernel. */
    public static void refuseExit(int status) {
        throw new UnsupportedOperationException("System.exit(" + status + ") would end the kernel, which runs this "
                + "cell; restart the kernel from the notebook instead");
    }

    public static void check() {
        if (Thread.currentThread() instanceof CellThreads.CellThread cell) {
            if (cell.stopRequested) {
                throw new CellInterruptedError();
            }
            if (cell.heapLow != null) {
                throw new CellHeapError(cell.heapLow);
            }
        }
    }
}
