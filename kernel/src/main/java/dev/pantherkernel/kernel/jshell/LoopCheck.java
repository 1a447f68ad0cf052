package dev.pantherkernel.kernel.jshell;

/**
 * Called by instrumented cell code at every backward jump (the end of each loop iteration), so that
 * {@code while (true) {}} in a cell stops when the user interrupts it. Public because snippet classes,
 * defined by another class loader, call it.
 */
public final class LoopCheck {

    private LoopCheck() {
    }

    public static void check() {
        if (Thread.currentThread() instanceof CellThreads.CellThread cell && cell.stopRequested) {
            throw new CellInterruptedError();
        }
    }
}
