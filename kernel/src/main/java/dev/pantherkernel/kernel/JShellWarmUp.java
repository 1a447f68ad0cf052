package dev.pantherkernel.kernel;

import dev.pantherkernel.kernel.jshell.CellThreads;
import dev.pantherkernel.kernel.jshell.JShellEvaluator;
import dev.pantherkernel.kernel.render.InlinePlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * Makes JShell ready for the first cell while the kernel starts and waits for it, on a thread of its own begun before
 * anything else of the kernel: JShell built, the notebook's imports declared (as one snippet: one compilation instead
 * of one per import), then a throwaway expression compiled and run as a cell's would be, and forgotten. Without it the
 * first cell paid for javac's and the snippet path's first use (about a second on a 2-core machine); begun after the
 * kernel's own set-up (the connection, the renderers), it was ready a few hundred milliseconds later. A cell that comes
 * while the imports compile ({@link #hurry()}) would wait for the throwaway expression and then compile its own: the
 * warm-up then leaves the throwaway out, and the cell's own expression is the first.
 *
 * <p>The imports wait for their turn: javac's first compilation takes a core for about a second, and beside a first
 * {@code %panther} command (which runs without JShell) it made that command's table come about 0.4 s later on two
 * cores. So once JShell is built, the warm-up goes on only when something asks for JShell ({@link #hurry()}: a Java
 * cell, a completion, a command binding {@code --as}), or when no cell has come within {@link #FIRST_CELL_WINDOW} of
 * the kernel's listening, or when the cell that came without asking for JShell has ended; and not while the kernel
 * says other work comes first ({@link #yieldWhile}: a connection being made, such as the demo's start for a Tab).
 */
final class JShellWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(JShellWarmUp.class);

    /** How long after the kernel begins to listen a first cell may come before the warm-up goes on without it. */
    static final Duration FIRST_CELL_WINDOW = Duration.ofMillis(300);
    /** How often a waiting warm-up looks again: short beside a cell's time, long beside a core's. */
    private static final long TURN_POLL_MILLIS = 20;

    private final CellThreads threads;
    private final CompletableFuture<JShellEvaluator> ready = new CompletableFuture<>();
    private volatile boolean hurried;
    private volatile boolean rehearsed;
    private volatile long listeningSince;
    private volatile BooleanSupplier otherWorkFirst = () -> false;

    private JShellWarmUp(CellThreads threads) {
        this.threads = threads;
    }

    /** Starts warming JShell up for cells that run on {@code threads}. */
    static JShellWarmUp begin(CellThreads threads) {
        JShellWarmUp warmUp = new JShellWarmUp(threads);
        Thread thread = new Thread(warmUp::run, "jshell-warm-up");
        thread.setDaemon(true);
        thread.start();
        return warmUp;
    }

    /** Where the cells of the JShell this makes ready run. */
    CellThreads threads() {
        return threads;
    }

    /** JShell, once it is ready. */
    CompletableFuture<JShellEvaluator> ready() {
        return ready;
    }

    /** The kernel listens for requests now: a first cell may come within {@link #FIRST_CELL_WINDOW}. */
    void kernelListens() {
        listeningSince = System.nanoTime();
    }

    /** While {@code otherWork} says so, the imports wait (unless JShell is asked for). */
    void yieldWhile(BooleanSupplier otherWork) {
        otherWorkFirst = otherWork;
    }

    /** A cell (or a completion) waits for JShell now: go on at once, and leave out what it would do anyway. */
    void hurry() {
        hurried = true;
    }

    /** Whether the throwaway expression ran (it does unless {@link #hurry()} came before the imports were compiled). */
    boolean rehearsed() {
        return rehearsed;
    }

    /**
     * Waits until JShell is asked for, or no cell came in the first window, or the cell that came has ended, and no
     * other work comes first.
     */
    private void awaitTurn() throws InterruptedException {
        while (!hurried) {
            long since = listeningSince;
            if (since != 0 && !threads.inCell() && System.nanoTime() - since >= FIRST_CELL_WINDOW.toNanos()
                    && !otherWorkFirst.getAsBoolean()) {
                return;
            }
            Thread.sleep(TURN_POLL_MILLIS);
        }
    }

    private void run() {
        try {
            long start = System.nanoTime();
            JShellEvaluator jshell = JShellEvaluator.start(PantherKernel.class.getClassLoader(), threads, InlinePlot.class);
            awaitTurn();
            jshell.prepare(List.of(StartupImports.asOneSnippet()));
            long imported = System.nanoTime();
            // not beside a cell that began while the imports compiled: it has the cores (and the cell threads) first
            if (!hurried && !threads.inCell()) {
                jshell.rehearse("1 + 1");
                rehearsed = true;
            }
            LOG.info("JShell ready in {} ms (imports {} ms, first expression {})", (System.nanoTime() - start) / 1_000_000,
                    (imported - start) / 1_000_000, rehearsed ? (System.nanoTime() - imported) / 1_000_000 + " ms" : "left to the first cell");
            ready.complete(jshell);
        } catch (Throwable failed) {
            ready.completeExceptionally(failed);
        }
    }
}
