package dev.pantherkernel.kernel;

import dev.pantherkernel.kernel.jshell.CellFailure;
import dev.pantherkernel.kernel.jshell.CellThreads;
import dev.pantherkernel.kernel.jshell.JShellEvaluator;
import dev.pantherkernel.kernel.magic.CellMagicCall;
import dev.pantherkernel.kernel.magic.LineMagicCall;
import dev.pantherkernel.kernel.magic.LineMagics;
import dev.pantherkernel.kernel.magic.MagicCalls;
import dev.pantherkernel.kernel.magic.NumberedCellMagic;
import dev.pantherkernel.kernel.magic.UnknownMagic;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one cell: a {@code %%magic} cell, or a cell that is one {@code %magic} line, goes straight to its magic;
 * anything else is Java (with its {@code %magic} lines turned into calls) for JShell. Only Java waits for JShell to be
 * ready, so a first cell such as {@code %panther alerts} does not.
 */
final class Cells {

    private final Supplier<JShellEvaluator> evaluator;
    private final Supplier<Optional<JShellEvaluator>> evaluatorIfReady;
    private final CellThreads threads;
    private final LineMagics lineMagics;
    private final BaseKernel kernel;
    private final Runnable afterEachStep;
    private final Map<String, NumberedCellMagic> numberedCellMagics;

    /**
     * @param evaluator        JShell, waiting until it is ready
     * @param evaluatorIfReady JShell if it is ready, without waiting
     * @param numberedCellMagics the cell magics (registered with jjava too) that are called with their body's cell line
     */
    Cells(Supplier<JShellEvaluator> evaluator, Supplier<Optional<JShellEvaluator>> evaluatorIfReady, CellThreads threads,
          LineMagics lineMagics, BaseKernel kernel, Runnable afterEachStep,
          Map<String, NumberedCellMagic> numberedCellMagics) {
        this.evaluator = evaluator;
        this.evaluatorIfReady = evaluatorIfReady;
        this.threads = threads;
        this.lineMagics = lineMagics;
        this.kernel = kernel;
        this.afterEachStep = afterEachStep;
        this.numberedCellMagics = Map.copyOf(numberedCellMagics);
    }

    Object run(int executionCount, String code) throws CellFailure {
        threads.cellStarted();
        try {
            return runCell(executionCount, code);
        } finally {
            threads.cellEnded();
        }
    }

    /**
     * The cell's value as the notebook shows it, made on a cell thread as the cell's code is: the value's own
     * {@code toString} may loop or wait, and an interrupt must stop it there too, not leave the kernel stuck.
     */
    DisplayData show(Object value, Function<Object, DisplayData> render) throws CellFailure {
        threads.cellStarted();
        try {
            return threads.run(() -> render.apply(value));
        } catch (Throwable t) {
            throw failureOf(t).during("the cell ran, but showing its value failed");
        } finally {
            threads.cellEnded();
        }
    }

    private Object runCell(int executionCount, String code) throws CellFailure {
        try {
            return runIn(executionCount, code);
        } finally {
            // after every cell, whatever it was: a %%panther --as rebinds a variable too (a JShell not ready holds none)
            evaluatorIfReady.get().ifPresent(JShellEvaluator::releaseStaleValues);
        }
    }

    private Object runIn(int executionCount, String code) throws CellFailure {
        if (CellMagicCall.looksLikeOne(code)) {
            Optional<CellMagicCall> call = CellMagicCall.parse(code);
            if (call.isEmpty()) {
                String first = code.strip().lines().findFirst().orElse("%%");
                throw new CellFailure("UsageError", "`" + first + "` needs a body: write it on the lines below",
                        List.of("`" + first + "` needs a body: write it on the lines below"));
            }
            return runCellMagic(call.get());
        }
        Optional<LineMagicCall> line = LineMagicCall.parse(code);
        if (line.isPresent()) {
            return runMagic(() -> MagicCalls.run(line.get().name(), line.get().args()));
        }
        return evaluator.get().eval(executionCount, code, lineMagics.toJava(code), afterEachStep);
    }

    private Object runCellMagic(CellMagicCall call) throws CellFailure {
        MagicsRegistry registry = kernel.getMagicsRegistry();
        if (!registry.getCellMagicNames().contains(call.name())) {
            throw failureOf(UnknownMagic.error("%%" + call.name(), registry.getCellMagicNames()));
        }
        NumberedCellMagic numbered = numberedCellMagics.get(call.name());
        if (numbered != null) {
            return runMagic(() -> numbered.run(call.args(), call.body(), call.bodyLine()));
        }
        return runMagic(() -> registry.evalCellMagic(kernel, call.name(), call.args(), call.body()));
    }

    /**
     * Runs a magic outside JShell, on a cell thread, then binds what it asked to bind (even when it failed). JShell is
     * waited for only to report a failure, or when the magic reads or binds a Java variable.
     */
    private Object runMagic(Callable<Object> magic) throws CellFailure {
        try {
            Object value = threads.run(magic);
            afterEachStep.run();
            return value;
        } catch (Throwable t) {
            afterEachStep.run();
            throw failureOf(t);
        }
    }

    /** A magic's failure as the cell shows it; without waiting for JShell, which a magic's cell may not have needed. */
    private CellFailure failureOf(Throwable thrown) {
        return evaluatorIfReady.get().map(ready -> ready.failureOf(thrown)).orElseGet(() -> JShellEvaluator.failureOutside(thrown));
    }
}
