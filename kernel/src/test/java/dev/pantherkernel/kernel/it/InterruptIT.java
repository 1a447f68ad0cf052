package dev.pantherkernel.kernel.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import org.junit.jupiter.api.parallel.Isolated;

import static org.assertj.core.api.Assertions.assertThat;

/** Interrupting a cell from the front end (interrupt_mode "message"): the cell stops, the kernel stays. */
@Isolated
class InterruptIT {

    @RegisterExtension
    static final SharedKernel shared = SharedKernel.plain();

    @BeforeAll
    static void warmUp() throws IOException {
        shared.session().execute("1"); // JShell warmed up, so the interrupt meets the loop, not start-up
    }

    @Test
    void anInfiniteLoopStopsWithinTwoSecondsAndTheNextCellRuns() throws IOException {
        Execution run = shared.session().executeThenInterrupt("while (true) {}", 1.0);

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorName()).isEqualTo("Interrupted");
        assertThat(run.secondsAfterInterrupt()).isBetween(0.0, 2.0);
        assertThat(shared.session().execute("6 * 7").text()).isEqualTo("42");
    }

    @Test
    void aSleepingCellStopsWithinTwoSeconds() throws IOException {
        Execution run = shared.session().executeThenInterrupt("Thread.sleep(600_000);", 1.0);

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorName()).isIn("Interrupted", "java.lang.InterruptedException");
        assertThat(run.secondsAfterInterrupt()).isBetween(0.0, 2.0);
        assertThat(shared.session().execute("\"still here\"").text()).isEqualTo("still here");
    }

    @Test
    void aLoopThatSwallowsInterruptsStillStops() throws IOException {
        Execution run = shared.session().executeThenInterrupt("""
                while (true) {
                    try { Thread.sleep(50); } catch (InterruptedException ignored) { }
                }""", 1.0);

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.secondsAfterInterrupt()).isBetween(0.0, 2.0);
        assertThat(shared.session().execute("1 + 1").text()).isEqualTo("2");
    }

    @Test
    void aValueWhoseToStringNeverEndsStopsAtAnInterruptAndTheNextCellRuns() throws IOException {
        Execution run = shared.session().executeThenInterrupt("""
                class Endless { public String toString() { while (true) { } } }
                new Endless()""", 1.0);

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorName()).isEqualTo("Interrupted");
        assertThat(run.errorValue()).startsWith("the cell ran, but showing its value failed");
        assertThat(run.secondsAfterInterrupt()).isBetween(0.0, 2.0);
        assertThat(shared.session().execute("6 * 7").text()).isEqualTo("42");
    }

    @Test
    void outputAndVariablesFromBeforeTheInterruptAreKept() throws IOException {
        Execution run = shared.session().executeThenInterruptOn("""
                long n = 0;
                System.out.println("started");
                while (true) { n++; }""", "started");

        assertThat(run.stdout()).contains("started");
        assertThat(shared.session().execute("n >= 0").text()).isEqualTo("true");
    }
}
