package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.TestInstance;

/** {@code --latency}: every request waits one round trip, and requests on their own connections wait side by side. */
// times requests: alone, so that another class does not slow them down
@Isolated
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LatencyTest {
    private static final Duration LATENCY = Duration.ofMillis(500);

    private PantherEmulator emulator;
    private ApiClient api;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01).latency(LATENCY).build());
        api = new ApiClient(emulator.url(), emulator.token());
        api.data("{ generalSettings { pantherVersion } }");
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void everyRequestIsAnsweredNoSoonerThanOneRoundTrip() {
        for (String query : List.of("{ generalSettings { pantherVersion } }", "{ alertz { id } }")) {
            long start = System.nanoTime();
            ApiClient.Answer answer = api.query(query);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(LATENCY);
            assertThat(answer.status()).isEqualTo(200);
        }
    }

    @Test
    void restRequestsWaitTheSameRoundTrip() {
        RestClient rest = new RestClient(emulator.restUrl(), emulator.token());
        for (String path : List.of("/roles", "/alerts/nope")) {
            long start = System.nanoTime();
            rest.get(path);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(LATENCY);
        }
    }

    @Test
    void requestsInFlightTogetherWaitTheirRoundTripsSideBySide() {
        long start = System.nanoTime();
        List<CompletableFuture<ApiClient.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> api.query("{ generalSettings { pantherVersion } }")));
        }
        answers.forEach(answer -> assertThat(answer.join().status()).isEqualTo(200));
        // one after another they would take four round trips
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LATENCY.multipliedBy(3));
    }
}
