package dev.pantherkernel.kernel.jshell;

import jdk.jshell.execution.DirectExecutionControl;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Executes cells in this JVM on a {@link CellThreads} thread and keeps the real value of the last snippet,
 * where JShell's own local engine only hands back its string form.
 */
final class KernelExecutionControl extends DirectExecutionControl {

    private final CellThreads threads;
    private final AtomicReference<Object> lastValue = new AtomicReference<>();
    private final AtomicReference<Throwable> lastThrown = new AtomicReference<>();

    KernelExecutionControl(SnippetClassLoader loader, CellThreads threads) {
        super(loader);
        this.threads = threads;
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        lastValue.set(null);
        lastThrown.set(null);
        Object value;
        try {
            value = threads.run(() -> {
                try {
                    return doit.invoke(null);
                } catch (InvocationTargetException e) {
                    lastThrown.set(e.getCause());
                    throw e;
                }
            });
        } catch (CellInterruptedError abandoned) {
            // reported like any exception the cell threw, so JShell stays in a clean state
            lastThrown.set(abandoned);
            throw new InvocationTargetException(abandoned);
        }
        lastValue.set(value);
        // not JShell's own text of the value (valueString): that calls the value's toString here, on the thread that
        // waits for the cell, where no interrupt reaches a toString that never ends, and writes a big value whole. The
        // kernel shows the value itself (Cells.show); JShell, which only passes this text on, gets the type
        return value == null ? "null" : value.getClass().getName();
    }

    /** The object the last snippet produced (its value, or a variable's initial value); cleared by the next one. */
    Object takeLastValue() {
        return lastValue.getAndSet(null);
    }

    /** The real exception the last snippet threw, with its own stack trace; JShell keeps only a copy. */
    Throwable takeLastThrown() {
        return lastThrown.getAndSet(null);
    }

    @Override
    public void stop() {
        threads.interrupt();
    }
}
