package dev.pantherkernel.magics.client;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    /** The waits a schedule makes until {@code total} has passed. */
    private static List<Duration> waits(Backoff backoff, Duration total) {
        List<Duration> waits = new ArrayList<>();
        Duration elapsed = Duration.ZERO;
        Duration wait = backoff.first();
        while (elapsed.compareTo(total) < 0) {
            waits.add(wait);
            elapsed = elapsed.plus(wait);
            wait = backoff.next(wait, elapsed);
        }
        return waits;
    }

    @Test
    void theFirstStatusCheckComesWithin100Milliseconds() {
        assertThat(Backoff.polling().first()).isLessThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void duringTheFirstSecondStatusChecksAreAtMost100MillisecondsApart() {
        List<Duration> firstSecond = new ArrayList<>();
        Duration elapsed = Duration.ZERO;
        for (Duration wait : waits(Backoff.polling(), Duration.ofSeconds(1))) {
            firstSecond.add(wait);
            elapsed = elapsed.plus(wait);
        }

        assertThat(firstSecond).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofMillis(100)));
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void afterTheFirstSecondTheWaitsGrowToTwoSecondsAndStayThere() {
        List<Duration> waits = waits(Backoff.polling(), Duration.ofSeconds(30));

        assertThat(waits).isSortedAccordingTo(Duration::compareTo);
        assertThat(waits.get(waits.size() - 1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void aPageThatIsNotReadyIsAskedForAgainAfterDoublingWaits() {
        assertThat(waits(Backoff.tryAgain(), Duration.ofSeconds(5))).startsWith(Duration.ofMillis(100),
                Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(1600),
                Duration.ofSeconds(2));
    }

    @Test
    void aScheduleThatShrinksIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ZERO, 0.5,
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
