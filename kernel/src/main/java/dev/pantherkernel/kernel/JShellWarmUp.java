package dev.pantherkernel.kernel;

import dev.pantherkernel.kernel.jshell.CellThreads;
import dev.pantherkernel.kernel.jshell.JShellEvaluator;
import dev.pantherkernel.kernel.render.InlinePlot;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.List;

/**
 * Makes JShell ready for the first cell while the kernel waits for it, on a thread of its own from the kernel's
 * start: JShell built, the notebook's imports declared (as one snippet: one compilation instead of one per import),
 * then a throwaway expression compiled, run and its value rendered, as a cell's would be, and forgotten. Without it
 * the first cell paid for javac's and the snippet path's first use (about a second on a 2-core machine).
 */
final class JShellWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(JShellWarmUp.class);

    private JShellWarmUp() {
    }

    static JShellEvaluator start(CellThreads threads, Renderer renderer) {
        long start = System.nanoTime();
        JShellEvaluator jshell = JShellEvaluator.start(PantherKernel.class.getClassLoader(), threads, InlinePlot.class);
        jshell.prepare(List.of(StartupImports.asOneSnippet()));
        long imported = System.nanoTime();
        jshell.rehearse("1 + 1");
        renderer.render(2);
        LOG.info("JShell ready in {} ms (imports {} ms, first expression {} ms)", (System.nanoTime() - start) / 1_000_000,
                (imported - start) / 1_000_000, (System.nanoTime() - imported) / 1_000_000);
        return jshell;
    }
}
