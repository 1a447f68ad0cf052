package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The life of a query with a minimum latency: polled while running, cancelled, results expiring. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryJobsTest {
    private PantherEmulator emulator;
    private ApiClient api;
    private DataLakeClient lake;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0)
                .queryLatency(Duration.ofMillis(1500)).resultRetention(Duration.ZERO).build());
        api = new ApiClient(emulator.url(), emulator.token());
        lake = new DataLakeClient(api);
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void aQueryIsRunningWithoutResultsUntilItSucceeds() {
        String id = lake.execute("SELECT 42 AS answer", null);
        List<String> seen = new ArrayList<>();
        JsonNode poll;
        do {
            poll = api.data("query($id: ID!) { dataLakeQuery(id: $id) { status completedAt results { edges { node } } } }", "id", id)
                    .path("dataLakeQuery");
            seen.add(poll.path("status").asText());
            if (poll.path("status").asText().equals("running")) {
                assertThat(poll.path("results").isNull()).isTrue();
                assertThat(poll.path("completedAt").isNull()).isTrue();
            }
            DataLakeClient.sleep(50);
        } while (poll.path("status").asText().equals("running"));
        assertThat(seen).startsWith("running").endsWith("succeeded");
        assertThat(poll.path("results").path("edges").path(0).path("node").path("answer").asInt()).isEqualTo(42);
    }

    @Test
    void aRunningQueryCanBeCancelledOnceAndAFinishedOneNot() {
        String id = lake.execute("SELECT 1", null);
        assertThat(api.data("mutation($id: ID!) { cancelDataLakeQuery(input: {id: $id}) { id } }", "id", id)
                .path("cancelDataLakeQuery").path("id").asText()).isEqualTo(id);
        JsonNode done = lake.await(id);
        assertThat(done.path("status").asText()).isEqualTo("cancelled");
        assertThat(api.query("mutation($id: ID!) { cancelDataLakeQuery(input: {id: $id}) { id } }", "id", id).firstError())
                .contains("not running");
        assertThat(api.data("query($id: ID!) { dataLakeQuery(id: $id) { results { edges { node } } } }", "id", id)
                .path("dataLakeQuery").path("results").isNull()).isTrue();
    }

    @Test
    void resultsExpireAfterTheRetentionButTheHistoryStays() {
        String first = lake.execute("SELECT 'kept for a while' AS note", null);
        assertThat(lake.await(first).path("status").asText()).isEqualTo("succeeded");
        lake.await(lake.execute("SELECT 2", null));
        ApiClient.Answer expired = api.query("query($id: ID!) { dataLakeQuery(id: $id) { results { edges { node } } } }", "id", first);
        assertThat(expired.firstError()).contains("expired");
        assertThat(api.data("query($id: ID!) { dataLakeQuery(id: $id) { status } }", "id", first).path("dataLakeQuery")
                .path("status").asText()).isEqualTo("succeeded");
    }
}
