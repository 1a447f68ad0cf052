package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pantherkernel.emulator.faults.FaultRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** How REST is served beside GraphQL: routing, bodies, and the latency, faults and counting GraphQL has. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestTransportTest {
    private PantherEmulator emulator;
    private RestClient rest;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0).build());
        rest = new RestClient(emulator.restUrl(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @BeforeEach
    void noFaults() {
        emulator.faults().clear();
    }

    private String someAlertId() {
        return rest.get("/alerts?limit=1").body().path("results").path(0).path("id").asText();
    }

    @Test
    void restAnswersAtTheHostsRootBesideGraphQL() {
        assertThat(emulator.restUrl() + "/public/graphql").isEqualTo(emulator.url());
        assertThat(rest.get("/roles").status()).isEqualTo(200);
        assertThat(new ApiClient(emulator.url(), emulator.token()).data("{ roles { id } }").path("roles").size()).isPositive();
    }

    @Test
    void aPathNoResourceServesIs404WithAJsonMessage() {
        for (String path : List.of("/", "/detections", "/alerts/x/comments", "/public/graphql/x", "/ALERTS")) {
            RestClient.Exchange answer = rest.unchecked().get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.message()).as(path).isNotBlank();
            assertThat(answer.raw().headers().firstValue("Content-Type")).hasValue("application/json");
        }
    }

    @Test
    void aMethodAPathDoesNotTakeIs405NamingThoseItTakes() {
        RestClient.Exchange answer = rest.unchecked().put("/alerts", Map.of());
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.raw().headers().firstValue("Allow")).hasValue("GET, PATCH");
        assertThat(answer.message()).contains("PUT");
    }

    @Test
    void aBodyThatIsNotJsonOrIsMissingIs400() {
        RestClient.Exchange notJson = rest.breakingTheRequest().send("POST", "/roles", "{\"name\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.message()).contains("not JSON");
        RestClient.Exchange none = rest.breakingTheRequest().send("POST", "/roles", null);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.message()).contains("JSON body");
        assertThat(rest.breakingTheRequest().send("POST", "/roles", "[]").status()).isEqualTo(400);
    }

    @Test
    void queryParametersAnOperationDoesNotKnowAreIgnored() {
        RestClient.Exchange answer = rest.breakingTheRequest().get("/roles?name=Admin&page=3");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("results").size()).isEqualTo(1);
        assertThat(rest.get("/roles?name=&name-contains=admin").body().path("results").size()).as("an empty value is none").isEqualTo(1);
    }

    @Test
    void pathSegmentsAreDecoded() {
        RestClient.Exchange answer = rest.get("/alerts/a%2Fb%20c");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.message()).contains("a/b c");
    }

    @Test
    void restRequestsAreCountedByMethodAndPathTemplate() {
        long before = emulator.requestCount("GET /alerts/{id}");
        rest.get("/alerts/" + someAlertId());
        rest.get("/alerts/nope");
        rest.withToken(null).breakingTheRequest().get("/alerts/nope");
        assertThat(emulator.requestCount("GET /alerts/{id}")).isEqualTo(before + 3);
        assertThat(emulator.restOperations()).anySatisfy(op -> assertThat(op.name()).isEqualTo("GET /alerts/{id}"));
    }

    @Test
    void aFaultAimedAtARestOperationAnswersInsteadOfIt() {
        String id = someAlertId();
        String status = rest.get("/alerts/" + id).body().path("status").asText();
        String other = status.equals("CLOSED") ? "OPEN" : "CLOSED";
        emulator.faults().add(FaultRule.parse("PATCH /alerts/{id}=503,times=1,retryAfter=2s"));
        long before = emulator.requestCount("PATCH /alerts/{id}");
        RestClient.Exchange failed = rest.unchecked().patch("/alerts/" + id, Map.of("status", other));
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.message()).contains("503");
        assertThat(failed.raw().headers().firstValue("Retry-After")).hasValue("2");
        assertThat(rest.get("/alerts/" + id).body().path("status").asText()).as("not executed").isEqualTo(status);
        assertThat(rest.patch("/alerts/" + id, Map.of("status", other)).status()).isEqualTo(200);
        assertThat(emulator.requestCount("PATCH /alerts/{id}")).isEqualTo(before + 2);
    }

    @Test
    void faultsForEveryRequestHitRestToo() {
        emulator.faults().add(FaultRule.parse("*=429,retryAfter=3s,times=1"));
        RestClient.Exchange limited = rest.unchecked().get("/users");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.raw().headers().firstValue("Retry-After")).hasValue("3");
        emulator.faults().add(FaultRule.parse("GET /users=html,times=1"));
        RestClient.Exchange proxy = rest.unchecked().get("/users");
        assertThat(proxy.status()).isEqualTo(502);
        assertThat(proxy.raw().body()).startsWith("<!DOCTYPE html>");
        assertThat(rest.get("/users").status()).isEqualTo(200);
    }

    @Test
    void aTruncatedRestAnswerEndsHalfWayThroughItsJson() {
        emulator.faults().add(FaultRule.parse("GET /roles=truncate,times=1"));
        RestClient.Exchange cut = rest.unchecked().get("/roles");
        RestClient.Exchange whole = rest.get("/roles");
        assertThat(cut.status()).isEqualTo(200);
        assertThat(cut.body().isMissingNode()).isTrue();
        assertThat(whole.raw().body()).startsWith(cut.raw().body());
        assertThat(cut.raw().body().length()).isEqualTo(whole.raw().body().length() / 2);
    }

    @Test
    void aResetRestConnectionGivesNoAnswer() {
        // a PATCH: Java's client would quietly send a GET again after a reset
        String id = someAlertId();
        emulator.faults().add(FaultRule.parse("PATCH /alerts/{id}=reset,times=1"));
        assertThatThrownBy(() -> rest.unchecked().patch("/alerts/" + id, Map.of("status", "TRIAGED")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no answer");
        assertThat(rest.patch("/alerts/" + id, Map.of("status", "TRIAGED")).status()).isEqualTo(200);
    }

    @Test
    void aFaultOnAGraphQLFieldLeavesRestAlone() {
        emulator.faults().add(FaultRule.parse("alerts=503"));
        assertThat(rest.get("/alerts?limit=1").status()).isEqualTo(200);
    }
}
