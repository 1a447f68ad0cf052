package dev.pantherkernel.kernel.jshell;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CellThreadsTest {

    /** A run that sleeps until it is interrupted, on a thread of the test's; what it ended with. */
    private static CompletableFuture<Object> sleeper(CellThreads threads, CountDownLatch started) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return threads.run(() -> {
                    started.countDown();
                    Thread.sleep(30_000);
                    return "slept through";
                });
            } catch (Exception ended) {
                return ended;
            }
        });
    }

    @Test
    void anInterruptReachesACellAfterAnotherRunBesideItHasEnded() throws Exception {
        CellThreads threads = new CellThreads(Duration.ofSeconds(5));
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Object> cell = sleeper(threads, started);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        // beside it, a short run ends first, as JShell's warm-up rehearsal can beside a %panther cell
        assertThat(threads.run(() -> 1 + 1)).isEqualTo(2);
        threads.interrupt();

        assertThat(cell.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    }

    @Test
    void anInterruptStopsEveryRunUnderWay() throws Exception {
        CellThreads threads = new CellThreads(Duration.ofSeconds(5));
        CountDownLatch started = new CountDownLatch(2);
        CompletableFuture<Object> first = sleeper(threads, started);
        CompletableFuture<Object> second = sleeper(threads, started);
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        threads.interrupt();

        assertThat(first.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(second.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
    }
}
