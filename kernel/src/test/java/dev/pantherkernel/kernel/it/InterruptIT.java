package dev.pantherkernel.kernel.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Interrupting a cell from the front end (interrupt_mode "message"): the cell stops, the kernel stays. */
class InterruptIT {

    private static KernelSession kernel;

    @BeforeAll
    static void startKernel() throws IOException {
        kernel = KernelSession.start();
        kernel.execute("1"); // JShell warmed up, so the interrupt meets the loop, not start-up
    }

    @AfterAll
    static void stopKernel() {
        kernel.close();
    }

    @Test
    void anInfiniteLoopStopsWithinTwoSecondsAndTheNextCellRuns() throws IOException {
        Execution run = kernel.executeThenInterrupt("while (true) {}", 1.0);

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorName()).isEqualTo("Interrupted");
        assertThat(run.secondsAfterInterrupt()).isBetween(0.0, 2.0);
        assertThat(kernel.execute("6 * 7").text()).isEqualTo("42");
    }

    @Test
    void aSleepingCellStopsWithinTwoSeconds() throws IOException {
        Execution run = kernel.executeThenInterrupt("Thread.sleep(600_000);", 1.0);

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorName()).isIn("Interrupted", "java.lang.InterruptedException");
        assertThat(run.secondsAfterInterrupt()).isBetween(0.0, 2.0);
        assertThat(kernel.execute("\"still here\"").text()).isEqualTo("still here");
    }

    @Test
    void aLoopThatSwallowsInterruptsStillStops() throws IOException {
        Execution run = kernel.executeThenInterrupt("""
                while (true) {
                    try { Thread.sleep(50); } catch (InterruptedException ignored) { }
                }""", 1.0);

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.secondsAfterInterrupt()).isBetween(0.0, 2.0);
        assertThat(kernel.execute("1 + 1").text()).isEqualTo("2");
    }

    @Test
    void outputAndVariablesFromBeforeTheInterruptAreKept() throws IOException {
        Execution run = kernel.executeThenInterruptOn("""
                long n = 0;
                System.out.println("started");
                while (true) { n++; }""", "started");

        assertThat(run.stdout()).contains("started");
        assertThat(kernel.execute("n >= 0").text()).isEqualTo("true");
    }
}
