package dev.pantherkernel.kernel.protocol;

import org.dflib.jjava.jupyter.channels.Loop;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * Keeps jjava's channel threads (heartbeat, shell, control: each a {@link Loop}) alive through any error. A loop
 * without an error handler rethrows, and its thread dies: an {@link OutOfMemoryError} that strikes while another
 * thread filled the heap took the heartbeat and control threads with it, and the kernel stopped answering for good.
 * With a handler the loop notes the error and goes on with its next turn (the request being handled then gets no
 * reply; every later one does).
 */
final class ProtocolLoops {

    /** How long a loop waits after an error before its next turn (jjava's shell loop waits as long between polls). */
    static final long AFTER_ERROR_MILLIS = 50;

    private ProtocolLoops() {
    }

    /**
     * Gives every {@link Loop} among {@code threads} a handler that reports the error to {@code report} and goes on;
     * returns how many it found.
     */
    static int keepAlive(Collection<Thread> threads, Consumer<Throwable> report) {
        int loops = 0;
        for (Thread thread : threads) {
            if (thread instanceof Loop loop) {
                loop.onError(error -> {
                    try {
                        report.accept(error);
                    } catch (Throwable unreported) {
                        // reporting needs memory too; going on matters more than the report
                    }
                    return AFTER_ERROR_MILLIS;
                });
                loops++;
            }
        }
        return loops;
    }
}
