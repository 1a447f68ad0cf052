package dev.pantherkernel.kernel;

import dev.pantherkernel.kernel.jshell.CellThreads;
import dev.pantherkernel.kernel.jshell.JShellEvaluator;
import dev.pantherkernel.kernel.render.InlinePlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Makes JShell ready for the first cell while the kernel starts and waits for it, on a thread of its own begun before
 * anything else of the kernel: JShell built, the notebook's imports declared (as one snippet: one compilation instead
 * of one per import), then a throwaway expression compiled and run as a cell's would be, and forgotten. Without it the
 * first cell paid for javac's and the snippet path's first use (about a second on a 2-core machine); begun after the
 * kernel's own set-up (the connection, the renderers), it was ready a few hundred milliseconds later.
 */
final class JShellWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(JShellWarmUp.class);

    private final CellThreads threads;
    private final CompletableFuture<JShellEvaluator> ready = new CompletableFuture<>();

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

    private void run() {
        try {
            ready.complete(start(threads));
        } catch (Throwable failed) {
            ready.completeExceptionally(failed);
        }
    }

    static JShellEvaluator start(CellThreads threads) {
        long start = System.nanoTime();
        JShellEvaluator jshell = JShellEvaluator.start(PantherKernel.class.getClassLoader(), threads, InlinePlot.class);
        jshell.prepare(List.of(StartupImports.asOneSnippet()));
        long imported = System.nanoTime();
        jshell.rehearse("1 + 1");
        LOG.info("JShell ready in {} ms (imports {} ms, first expression {} ms)", (System.nanoTime() - start) / 1_000_000,
                (imported - start) / 1_000_000, (System.nanoTime() - imported) / 1_000_000);
        return jshell;
    }
}
