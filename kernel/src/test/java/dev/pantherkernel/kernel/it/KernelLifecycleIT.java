package dev.pantherkernel.kernel.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.parallel.Isolated;

import static org.assertj.core.api.Assertions.assertThat;

/** The kernel process starts, shuts down cleanly, and never outlives the Jupyter that started it. */
@Isolated
class KernelLifecycleIT {

    @Test
    void shutdownEndsTheKernelProcess() throws IOException {
        KernelSession kernel = KernelSession.start();
        long pid = kernel.kernelPid();
        assertThat(kernel.execute("1").status()).isEqualTo("ok");

        kernel.shutdown();

        assertThat(gone(pid, Duration.ofSeconds(10))).as("kernel process %d ended", pid).isTrue();
    }

    @Test
    void theKernelExitsWhenItsParentDies() throws IOException {
        KernelSession kernel = KernelSession.start();
        long pid = kernel.kernelPid();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);

        kernel.driver().destroyForcibly(); // the front end is killed, with no chance to shut the kernel down

        assertThat(gone(pid, Duration.ofSeconds(15))).as("orphaned kernel %d exited", pid).isTrue();
    }

    private static boolean gone(long pid, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            if (process.isEmpty() || !process.get().isAlive()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
