package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.faults.FaultKind;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.emulator.faults.Phase;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultsTest {
    private static final String SETTINGS = "{\"query\": \"{ generalSettings { pantherVersion } }\"}";

    private PantherEmulator emulator;
    private ApiClient api;
    private DataLakeClient lake;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0).build());
        api = new ApiClient(emulator.url(), emulator.token());
        lake = new DataLakeClient(api);
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @BeforeEach
    void noFaults() {
        emulator.faults().clear();
    }

    private ApiClient.Answer settings() throws IOException {
        return api.send(SETTINGS, Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void serverErrorsAnswerWithoutRunningTheMutation(int status) {
        String email = "fault" + status + "@example.com";
        emulator.faults().add(FaultRule.newFaultRule("inviteUser").status(status).times(1).build());
        String invite = "mutation($e: Email!) { inviteUser(input: {email: $e, givenName: \"F\", familyName: \"F\", "
                + "role: {kind: NAME, value: \"Analyst\"}}) { user { id } } }";
        long before = emulator.requestCount("inviteUser");
        ApiClient.Answer answer = api.query(invite, "e", email);
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.body().path("message").asText()).contains(Integer.toString(status));
        assertThat(emulator.requestCount("inviteUser")).isEqualTo(before + 1);
        assertThat(api.query("query($e: String!) { userByEmail(email: $e) { id } }", "e", email).firstError()).endsWith("not found");
        assertThat(api.query(invite, "e", email).status()).isEqualTo(200);
    }

    @Test
    void tooManyRequestsCarriesRetryAfter() throws IOException {
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").tooManyRequests(Duration.ofSeconds(3)).build());
        ApiClient.Answer answer = settings();
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.raw().headers().firstValue("Retry-After")).hasValue("3");
    }

    @Test
    void aDelayOutlastsAShortClientTimeoutAndThenAnswers() throws IOException {
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").delay(Duration.ofSeconds(2)).times(1).build());
        assertThatThrownBy(() -> api.send(SETTINGS, Duration.ofMillis(300))).isInstanceOf(HttpTimeoutException.class);
        assertThat(settings().status()).isEqualTo(200);
    }

    @Test
    void aResetConnectionGivesNoAnswer() {
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").connectionReset().times(1).build());
        assertThatThrownBy(this::settings).isInstanceOf(IOException.class);
    }

    @Test
    void aTruncatedBodyEndsHalfWayThroughItsJson() throws IOException {
        emulator.faults().add(FaultRule.newFaultRule("generalSettings").truncatedBody().times(1).build());
        ApiClient.Answer cut = settings();
        ApiClient.Answer whole = settings();
        assertThat(cut.status()).isEqualTo(200);
        assertThat(cut.body().isMissingNode()).as("the cut body is not valid JSON").isTrue();
        assertThat(whole.raw().body()).startsWith(cut.raw().body());
        assertThat(cut.raw().body().length()).isEqualTo(whole.raw().body().length() / 2);
    }

    @Test
    void anHtmlErrorPageLooksLikeAProxysAnswer() throws IOException {
        emulator.faults().add(FaultRule.parse("generalSettings=html"));
        ApiClient.Answer answer = settings();
        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.raw().headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(answer.raw().body()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void tryAgainHitsResultsPagesButNotPolls() {
        String id = lake.execute("SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 2500))", null);
        lake.await(id);
        emulator.faults().add(FaultRule.newFaultRule("dataLakeQuery").phase(Phase.RESULTS).tryAgain().skip(1).times(1).build());
        assertThat(lake.await(id).path("status").asText()).isEqualTo("succeeded");
        JsonNode first = lake.page(id, null, 999);
        assertThat(first.path("tryAgain").asBoolean()).isFalse();
        String cursor = first.path("pageInfo").path("endCursor").asText();
        JsonNode again = lake.page(id, cursor, 999);
        assertThat(again.path("tryAgain").asBoolean()).isTrue();
        assertThat(again.path("edges").size()).isZero();
        JsonNode second = lake.page(id, cursor, 999);
        assertThat(second.path("tryAgain").asBoolean()).isFalse();
        assertThat(second.path("edges").path(0).path("node").path("n").asInt()).isEqualTo(999);
    }

    @Test
    void aPollFaultLeavesResultsPagesAlone() throws IOException {
        String id = lake.execute("SELECT 1 AS one", null);
        lake.await(id);
        emulator.faults().add(FaultRule.parse("dataLakeQuery.poll=503"));
        String poll = "{\"query\": \"{ dataLakeQuery(id: \\\"" + id + "\\\") { status } }\"}";
        assertThat(api.send(poll, Duration.ofSeconds(10)).status()).isEqualTo(503);
        assertThat(lake.page(id, null, 10).path("edges").size()).isEqualTo(1);
    }

    @Test
    void skipThenTimesFailsExactlyTheNthRequests() throws IOException {
        emulator.faults().add(FaultRule.parse("generalSettings=500,skip=1,times=2"));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(settings().status());
        }
        assertThat(statuses).containsExactly(200, 500, 500, 200, 200);
    }

    @Test
    void probabilityZeroNeverFiresAndOneAlwaysDoes() throws IOException {
        FaultRule never = FaultRule.parse("*=503,probability=0");
        emulator.faults().add(never);
        for (int i = 0; i < 5; i++) {
            assertThat(settings().status()).isEqualTo(200);
        }
        assertThat(emulator.faults().firedCount(never)).isZero();
        emulator.faults().add(FaultRule.parse("*=503,probability=1"));
        for (int i = 0; i < 3; i++) {
            assertThat(settings().status()).isEqualTo(503);
        }
    }

    @Test
    void aFlagAtStartUpInjectsFromTheFirstRequest() throws IOException {
        try (PantherEmulator flagged = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0)
                .fault("generalSettings=503,times=1").build())) {
            ApiClient client = new ApiClient(flagged.url(), flagged.token());
            assertThat(client.send(SETTINGS, Duration.ofSeconds(10)).status()).isEqualTo(503);
            assertThat(client.send(SETTINGS, Duration.ofSeconds(10)).status()).isEqualTo(200);
            assertThat(flagged.requestCount("generalSettings")).isEqualTo(2);
        }
    }

    @Test
    void specsReadTargetPhaseKindAndOptions() {
        FaultRule rule = FaultRule.parse("dataLakeQuery.results=tryAgain,skip=2,times=3,probability=0.5");
        assertThat(rule.field()).isEqualTo("dataLakeQuery");
        assertThat(rule.phase()).isEqualTo(Phase.RESULTS);
        assertThat(rule.kind()).isEqualTo(FaultKind.TRY_AGAIN);
        assertThat(rule.skip()).isEqualTo(2);
        assertThat(rule.times()).isEqualTo(3);
        assertThat(rule.probability()).isEqualTo(0.5);
        assertThat(FaultRule.parse("alerts=429,retryAfter=5s").delay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(FaultRule.parse("alerts=delay,delay=250ms").delay()).isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(() -> FaultRule.parse("alerts=explode")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultRule.parse("alerts")).isInstanceOf(IllegalArgumentException.class);
    }
}
