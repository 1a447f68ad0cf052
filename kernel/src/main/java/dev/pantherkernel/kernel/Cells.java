package dev.pantherkernel.kernel;

import dev.pantherkernel.kernel.jshell.CellFailure;
import dev.pantherkernel.kernel.jshell.CellThreads;
import dev.pantherkernel.kernel.jshell.JShellEvaluator;
import dev.pantherkernel.kernel.magic.CellBodyLine;
import dev.pantherkernel.kernel.magic.CellMagicCall;
import dev.pantherkernel.kernel.magic.LineMagics;
import dev.pantherkernel.kernel.magic.UnknownMagic;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one cell: a {@code %%magic} cell goes straight to its magic, anything else is Java (with its
 * {@code %magic} lines turned into calls) for JShell.
 */
final class Cells {

    private final Supplier<JShellEvaluator> evaluator;
    private final CellThreads threads;
    private final LineMagics lineMagics;
    private final BaseKernel kernel;
    private final Runnable afterEachStep;
    private final CellBodyLine bodyLine;

    Cells(Supplier<JShellEvaluator> evaluator, CellThreads threads, LineMagics lineMagics, BaseKernel kernel,
          Runnable afterEachStep, CellBodyLine bodyLine) {
        this.evaluator = evaluator;
        this.threads = threads;
        this.lineMagics = lineMagics;
        this.kernel = kernel;
        this.afterEachStep = afterEachStep;
        this.bodyLine = bodyLine;
    }

    Object run(int executionCount, String code) throws CellFailure {
        threads.cellStarted();
        try {
            return runCell(executionCount, code);
        } finally {
            threads.cellEnded();
        }
    }

    private Object runCell(int executionCount, String code) throws CellFailure {
        JShellEvaluator jshell = evaluator.get();
        if (CellMagicCall.looksLikeOne(code)) {
            Optional<CellMagicCall> call = CellMagicCall.parse(code);
            if (call.isEmpty()) {
                String first = code.strip().lines().findFirst().orElse("%%");
                throw new CellFailure("UsageError", "`" + first + "` needs a body: write it on the lines below",
                        List.of("`" + first + "` needs a body: write it on the lines below"));
            }
            return runCellMagic(jshell, call.get());
        }
        return jshell.eval(executionCount, code, lineMagics.toJava(code), afterEachStep);
    }

    private Object runCellMagic(JShellEvaluator jshell, CellMagicCall call) throws CellFailure {
        MagicsRegistry registry = kernel.getMagicsRegistry();
        if (!registry.getCellMagicNames().contains(call.name())) {
            throw jshell.failureOf(UnknownMagic.error("%%" + call.name(), registry.getCellMagicNames()));
        }
        bodyLine.set(call.bodyLine());
        try {
            Object value = threads.run(() -> registry.evalCellMagic(kernel, call.name(), call.args(), call.body()));
            afterEachStep.run();
            return value;
        } catch (Throwable t) {
            afterEachStep.run();
            throw jshell.failureOf(t);
        }
    }
}
