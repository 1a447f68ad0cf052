package dev.pantherkernel.magics.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against the emulator over real HTTP, with the emulator's fault injection. */
class PantherClientTest {

    private static final String VERSION = "query { generalSettings { pantherVersion } }";
    private final PantherEmulator emulator = SharedEmulator.get();
    private final List<Duration> waits = new ArrayList<>();

    private PantherClient client(String token) {
        ClientOptions options = ClientOptions.newClientOptions().firstBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofSeconds(2)).sleeper(waits::add).build();
        return new PantherClient(Endpoint.parse(emulator.url()), ApiToken.of(token, "test"), options);
    }

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    @Test
    void aQueryReturnsItsData() {
        JsonNode data = client(emulator.token()).execute(GraphQLRequest.query("generalSettings", VERSION, Map.of()));

        assertThat(data.path("generalSettings").path("pantherVersion").asText()).isNotBlank();
    }

    @Test
    void aQueryIsRetriedAfterTransientFailuresWithGrowingWaits() {
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").status(503).times(2).build());
        long before = emulator.requestCount("generalSettings");

        JsonNode data = client(emulator.token()).execute(GraphQLRequest.query("generalSettings", VERSION, Map.of()));

        assertThat(data.path("generalSettings").path("pantherVersion").asText()).isNotBlank();
        assertThat(emulator.requestCount("generalSettings") - before).isEqualTo(3);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void retryAfterIsHonoured() {
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").tooManyRequests(Duration.ofSeconds(3)).times(1).build());

        client(emulator.token()).execute(GraphQLRequest.query("generalSettings", VERSION, Map.of()));

        assertThat(waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void resetsTruncatedBodiesAndHtmlErrorPagesAreRetriedForQueries() {
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").connectionReset().times(1).build());
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").truncatedBody().skip(1).times(1).build());
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").htmlErrorPage().skip(2).times(1).build());

        JsonNode data = client(emulator.token()).execute(GraphQLRequest.query("generalSettings", VERSION, Map.of()));

        assertThat(data.path("generalSettings").has("pantherVersion")).isTrue();
        assertThat(waits).hasSize(3);
    }

    @Test
    void aPersistentFailureNamesTheFaultAndTheAttempts() {
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").status(502).build());

        assertThatThrownBy(() -> client(emulator.token()).execute(GraphQLRequest.query("generalSettings", VERSION, Map.of())))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.fault()).startsWith("HTTP 502");
                    assertThat(e.attempts()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("generalSettings failed: HTTP 502").contains("after 5 attempts");
                });
    }

    @Test
    void aMutationIsNeverSentTwice() {
        emulator.faults().add(FaultRule.newFaultRule("createAlertComment").status(503).times(1).build());
        long before = emulator.requestCount("createAlertComment");

        assertThatThrownBy(() -> client(emulator.token()).execute(GraphQLRequest.mutation("createAlertComment",
                "mutation { createAlertComment(input: {alertId: \"x\", body: \"y\"}) { comment { id } } }", Map.of())))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("not sent again automatically");

        assertThat(emulator.requestCount("createAlertComment") - before).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aMutationIsSentAgainAfterA429AndA503WithRetryAfterBecauseTheServerDidNotActOnIt() {
        emulator.faults().add(FaultRule.newFaultRule("createAlertComment").tooManyRequests(Duration.ofSeconds(2)).times(1).build());
        emulator.faults().add(FaultRule.newFaultRule("createAlertComment").status(503).delay(Duration.ofSeconds(1)).skip(1).times(1)
                .build());
        long before = emulator.requestCount("createAlertComment");

        // the third request reaches the resolver, which answers that the alert does not exist
        assertThatThrownBy(() -> client(emulator.token()).execute(GraphQLRequest.mutation("createAlertComment",
                "mutation { createAlertComment(input: {alertId: \"x\", body: \"y\"}) { comment { id } } }", Map.of())))
                .isInstanceOf(GraphQLErrorException.class)
                .hasMessageContaining("not found");

        assertThat(emulator.requestCount("createAlertComment") - before).isEqualTo(3);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(waits.get(1)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aMutationIsNotSentAgainAfterAFailureTheServerMayHaveActedOn() {
        for (FaultRule.Builder fault : List.of(FaultRule.newFaultRule("createAlertComment").status(500),
                FaultRule.newFaultRule("createAlertComment").status(502), FaultRule.newFaultRule("createAlertComment").connectionReset(),
                FaultRule.newFaultRule("createAlertComment").truncatedBody())) {
            emulator.faults().clear();
            emulator.faults().add(fault.times(1).build());
            long before = emulator.requestCount("createAlertComment");

            assertThatThrownBy(() -> client(emulator.token()).execute(GraphQLRequest.mutation("createAlertComment",
                    "mutation { createAlertComment(input: {alertId: \"x\", body: \"y\"}) { comment { id } } }", Map.of())))
                    .hasMessageContaining("not sent again automatically");
            assertThat(emulator.requestCount("createAlertComment") - before).isEqualTo(1);
        }
        assertThat(waits).isEmpty();
    }

    @Test
    void a403ThatIsNotAGraphQLErrorIsARejectedKeyWithThePropagationHint() {
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").status(403).times(1).build());

        assertThatThrownBy(() -> client(emulator.token()).execute(GraphQLRequest.query("generalSettings", VERSION, Map.of())))
                .isInstanceOf(TokenRejectedException.class)
                .hasMessageContaining("HTTP 403")
                .hasMessageContaining("30-60 s");
        assertThat(waits).isEmpty();
    }

    @Test
    void anUnknownTokenIsRejectedWithThePropagationHint() {
        assertThatThrownBy(() -> client("not-a-real-token-123456").execute(GraphQLRequest.query("generalSettings", VERSION, Map.of())))
                .isInstanceOf(TokenRejectedException.class)
                .hasMessageContaining("token rejected")
                .hasMessageContaining("30-60 s")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-a-real-token-123456"));
    }

    @Test
    void aMissingPermissionNamesTheOperationAndThePermission() {
        assertThatThrownBy(() -> client(emulator.tokenFor(SharedEmulator.ANALYST)).execute(GraphQLRequest.query("metrics",
                "query { metrics(input: {fromDate: \"2026-01-01T00:00:00Z\", toDate: \"2026-01-02T00:00:00Z\"}) { totalAlerts } }",
                Map.of())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("access denied to metrics")
                .hasMessageContaining("SummaryRead");
    }

    @Test
    void graphQLErrorsShowMessagePathAndCode() {
        assertThatThrownBy(() -> client(emulator.token()).execute(GraphQLRequest.query("alert",
                "query { alert(id: \"ffffffffffffffffffffffffffffffff\") { id } }", Map.of())))
                .isInstanceOfSatisfying(GraphQLErrorException.class, e -> {
                    assertThat(e.errors().get(0).message()).contains("not found");
                    assertThat(e.getMessage()).contains("path alert");
                });
        assertThatThrownBy(() -> client(emulator.token()).execute(GraphQLRequest.query("graphql",
                "query { nosuchfield }", Map.of())))
                .hasMessageContaining("GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void aServerThatIsNotThereIsReportedAfterTheRetries() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PantherClient nowhere = new PantherClient(Endpoint.parse("http://127.0.0.1:" + port + "/public/graphql"),
                ApiToken.of("t0k3n-value-xyz", "test"), ClientOptions.newClientOptions().sleeper(waits::add).build());

        assertThatThrownBy(() -> nowhere.execute(GraphQLRequest.query("generalSettings", VERSION, Map.of())))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("cannot connect");
    }

    @Test
    void anInterruptStopsTheWaitBetweenAttempts() {
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").status(503).build());
        PantherClient client = new PantherClient(Endpoint.parse(emulator.url()), ApiToken.of(emulator.token(), "test"),
                ClientOptions.newClientOptions().sleeper(d -> {
                    throw new InterruptedException();
                }).build());

        assertThatThrownBy(() -> client.execute(GraphQLRequest.query("generalSettings", VERSION, Map.of())))
                .isInstanceOf(OperationInterruptedException.class);
        assertThat(Thread.interrupted()).isTrue();
    }
}
