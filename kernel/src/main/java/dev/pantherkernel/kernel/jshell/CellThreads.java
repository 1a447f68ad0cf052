package dev.pantherkernel.kernel.jshell;

import dev.pantherkernel.magics.memory.HeapLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs cell code on its own thread so that an interrupt from the control channel can reach it.
 *
 * <p>An interrupt marks the thread as stopping and interrupts it once, with plain Java semantics, so library
 * code (an HTTP wait, a data lake poll) can end cleanly, for example by cancelling its query. Loops in cell code
 * are instrumented to notice the mark even when the cell swallows the {@link InterruptedException}
 * (see {@link CellInstrumenter}). Code that still runs after the grace period is stopped with
 * {@code Thread.stop} where the JDK still has it, and otherwise abandoned; the next cell runs on a new thread
 * either way.
 *
 * <p>More than one run may be under way at once: a cell's magic on its thread while JShell's warm-up rehearses an
 * expression on another. An interrupt (or the heap running low) reaches every one of them: when one slot held the
 * running thread, the run that ended first emptied it, and an interrupt during the other (paging a data lake result,
 * say) reached nothing.
 */
public final class CellThreads {

    private static final Logger LOG = LoggerFactory.getLogger(CellThreads.class);
    private static final Duration POLL = Duration.ofMillis(50);

    private final Duration grace;
    private final AtomicInteger threadNumber = new AtomicInteger();
    private final Set<Running> running = ConcurrentHashMap.newKeySet();
    private volatile boolean inCell;
    private volatile boolean cellInterrupted;

    public CellThreads(Duration grace) {
        this.grace = grace;
    }

    /**
     * A cell begins: from now until {@link #cellEnded()} an interrupt stops it, even one that arrives while JShell
     * still compiles and no code runs yet (the cell's remaining code then does not start).
     */
    public void cellStarted() {
        cellInterrupted = false;
        inCell = true;
    }

    /** Whether a cell is running (or waiting for JShell to run it). */
    public boolean inCell() {
        return inCell;
    }

    /** The cell is over: a late interrupt must not stop the next one. */
    public void cellEnded() {
        inCell = false;
        cellInterrupted = false;
    }

    /**
     * Runs book-keeping code (declaring the variable {@code --as} asked for) even when the cell was interrupted:
     * what an interrupted cell fetched must still be kept. An interrupt that came before stays in force after.
     */
    public <T> T evenIfInterrupted(Callable<T> work) throws Exception {
        boolean interrupted = cellInterrupted;
        cellInterrupted = false;
        try {
            return work.call();
        } finally {
            if (interrupted) {
                cellInterrupted = true;
            }
        }
    }

    /** Runs {@code work} on a cell thread and waits for it; an interrupt ends the wait with {@link CellInterruptedError}. */
    public <T> T run(Callable<T> work) throws Exception {
        if (cellInterrupted) {
            throw new CellInterruptedError();
        }
        CompletableFuture<T> outcome = new CompletableFuture<>();
        CellThread thread = new CellThread(() -> {
            try {
                outcome.complete(work.call());
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        }, "panther-cell-" + threadNumber.incrementAndGet());
        Running mine = new Running(thread, outcome);
        running.add(mine);
        if (cellInterrupted) {
            // the interrupt came between the check above and now, and saw no running thread
            thread.stopRequested = true;
            thread.interrupt();
        }
        thread.start();
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        } catch (CancellationException e) {
            throw new CellInterruptedError();
        } finally {
            running.remove(mine);
        }
    }

    /** Whether a cell runs that was not told to stop for the heap yet. */
    public boolean cellWithoutHeapStop() {
        return running.stream().anyMatch(target -> target.thread.heapLow == null);
    }

    /**
     * The heap was nearly full after a collection: the running cell's loops stop at their next turn with a
     * {@link CellHeapError} (code that runs no loop of the cell's own ends as it would).
     */
    public void heapLow(HeapLevel level) {
        running.forEach(target -> target.thread.heapLow = level);
    }

    /** Stops every run under way, if any; returns at once (the stopping goes on in the background). */
    public void interrupt() {
        if (inCell) {
            cellInterrupted = true;
        }
        for (Running target : List.copyOf(running)) {
            synchronized (target.thread.sending) {
                // never while the cell thread sends a message: an interrupt mid-send breaks the socket
                target.thread.stopRequested = true;
                target.thread.interrupt();
            }
            Thread watcher = new Thread(() -> enforce(target), "panther-cell-stopper");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private void enforce(Running target) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (target.thread.isAlive() && System.nanoTime() < deadline) {
            sleepQuietly(POLL);
        }
        if (!target.thread.isAlive()) {
            return;
        }
        if (forceStop(target.thread)) {
            sleepQuietly(POLL);
        }
        if (target.thread.isAlive()) {
            LOG.warn("cell thread {} ignored the interrupt; it is abandoned and the next cell runs on a new thread",
                    target.thread.getName());
            target.thread.setPriority(Thread.MIN_PRIORITY);
        }
        target.outcome.cancel(false);
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static boolean forceStop(Thread thread) {
        if (Runtime.version().feature() >= 20) {
            return false; // from JDK 20 on, Thread.stop only throws
        }
        try {
            thread.stop();
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Running(CellThread thread, CompletableFuture<?> outcome) {
    }

    /**
     * Runs {@code io} (sending a Jupyter message) with the calling cell thread's interrupt flag cleared, and keeps
     * interrupts from arriving meanwhile: the ZeroMQ sockets fail a send on an interrupted thread (EINTR), which
     * lost output and could leave a message half sent. The flag is restored afterwards.
     */
    public static <T> T shielded(Supplier<T> io) {
        if (!(Thread.currentThread() instanceof CellThread cell)) {
            return io.get();
        }
        synchronized (cell.sending) {
            boolean interrupted = Thread.interrupted();
            try {
                return io.get();
            } finally {
                if (interrupted) {
                    cell.interrupt();
                }
            }
        }
    }

    /** The thread cell code runs on; instrumented loops check its mark, so user threads keep plain Java semantics. */
    static final class CellThread extends Thread {

        volatile boolean stopRequested;
        volatile HeapLevel heapLow;
        final Object sending = new Object();

        CellThread(Runnable body, String name) {
            super(body, name);
            setDaemon(true);
        }
    }
}
