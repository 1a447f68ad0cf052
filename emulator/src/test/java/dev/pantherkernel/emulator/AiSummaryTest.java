package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** AI summaries: the demo's labelled text from the alert's own facts, through Panther's stream mechanics. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AiSummaryTest {
    private static final String SUMMARIZE = "mutation($id: ID!, $len: OutputLength, $prompt: String) { aiSummarizeAlert(input: "
            + "{alertId: $id, outputLength: $len, prompt: $prompt, metadata: {kind: alert}}) { streamId } }";
    private static final String STREAM = "query($id: String!) { aiInferenceStream(streamId: $id) { streamId responseText finished error } }";

    private PantherEmulator emulator;
    private ApiClient api;
    private JsonNode bruteForce;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01).build());
        api = new ApiClient(emulator.url(), emulator.token());
        bruteForce = api.data("{ alerts(input: {detectionId: \"Okta.BruteForceLogins\"}) { edges { node { id title severity "
                + "firstEventOccurredAt lastReceivedEventAt } } } }").path("alerts").path("edges").findValues("node").stream()
                .filter(a -> a.path("title").asText().contains("203.0.113.9")).findFirst().orElseThrow();
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    /** Polls as a client does, every poll's text kept. */
    private List<JsonNode> polls(String streamId) {
        List<JsonNode> polls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            JsonNode poll = api.data(STREAM, "id", streamId).path("aiInferenceStream");
            polls.add(poll);
            if (poll.path("finished").asBoolean()) {
                return polls;
            }
            DataLakeClient.sleep(50);
        }
        throw new AssertionError("stream " + streamId + " never finished");
    }

    private String summary(String alertId, String length, String prompt) {
        String id = api.data(SUMMARIZE, "id", alertId, "len", length, "prompt", prompt).path("aiSummarizeAlert").path("streamId").asText();
        List<JsonNode> polls = polls(id);
        return polls.get(polls.size() - 1).path("responseText").asText();
    }

    @Test
    void anAlertSummaryIsLabelledAndMadeOfTheAlertsOwnFacts() {
        String text = summary(bruteForce.path("id").asText(), null, null);
        assertThat(text).startsWith("> Demo summary, not an AI model")
                .contains(bruteForce.path("title").asText(), "HIGH", "Okta Brute Force Logins", "Okta.BruteForceLogins",
                        bruteForce.path("firstEventOccurredAt").asText(), bruteForce.path("lastReceivedEventAt").asText(),
                        "IP addresses: 203.0.113.9 (30)", "user.session.start by ", "Block the source IP")
                .contains("It holds 30 events of Okta.SystemLog from Okta Production");
        assertThat(summary(bruteForce.path("id").asText(), null, null)).isEqualTo(text);
    }

    @Test
    void everyPollSeesABeginningOfTheWholeTextUntilFinished() {
        String id = api.data(SUMMARIZE, "id", bruteForce.path("id").asText(), "len", "large", "prompt", null).path("aiSummarizeAlert")
                .path("streamId").asText();
        List<JsonNode> polls = polls(id);
        // how many polls see a part depends on the machine's speed; AiStreamsTest checks the parts with a set clock
        String whole = polls.get(polls.size() - 1).path("responseText").asText();
        assertThat(polls).allSatisfy(p -> {
            assertThat(whole).startsWith(p.path("responseText").asText());
            assertThat(p.path("streamId").asText()).isEqualTo(id);
            assertThat(p.path("error").isNull()).isTrue();
        });
        assertThat(whole).contains("First 5 of 30 events");
    }

    @Test
    void theOutputLengthSetsHowMuchItSaysAndAPromptIsAcknowledgedNotFollowed() {
        String alert = bruteForce.path("id").asText();
        String shortest = summary(alert, "xsmall", null);
        assertThat(shortest).doesNotContain("Entities", "First ");
        assertThat(summary(alert, "largest", null).length()).isGreaterThan(summary(alert, "medium", null).length());
        assertThat(summary(alert, "small", "focus on the user")).contains("Asked: \"focus on the user\"", "does not follow instructions");
    }

    @Test
    void eventsAreSummarisedFromTheirOwnFieldsAndTheSameQuestionIsFoundInTheCache() {
        List<String> events = List.of(
                "{\"p_log_type\": \"Okta.SystemLog\", \"p_event_time\": \"2026-03-01 10:00:00.000\", \"p_any_ip_addresses\": [\"203.0.113.9\"]}",
                "{\"p_log_type\": \"Okta.SystemLog\", \"p_event_time\": \"2026-03-01 10:05:00.000\", \"p_any_ip_addresses\": [\"203.0.113.9\"]}");
        String start = "mutation($e: [String!]!) { aiSummarizeLogEvents(input: {events: $e, prompt: \"why\"}) { streamId } }";
        String cached = "query($e: [String!]!, $p: String) { cachedAISummaryData(input: {events: $e, prompt: $p}) { streamId } }";
        assertThat(api.query(cached, "e", events, "p", "why").firstError()).contains("not found");
        String id = api.data(start, "e", events).path("aiSummarizeLogEvents").path("streamId").asText();
        List<JsonNode> polls = polls(id);
        assertThat(polls.get(polls.size() - 1).path("responseText").asText()).startsWith("> Demo summary, not an AI model")
                .contains("2 events of Okta.SystemLog (2), from 2026-03-01 10:00:00.000 to 2026-03-01 10:05:00.000",
                        "IP addresses: 203.0.113.9 (2)");
        assertThat(api.data(cached, "e", events, "p", "why").path("cachedAISummaryData").path("streamId").asText()).isEqualTo(id);
        assertThat(api.query(cached, "e", events, "p", "another question").firstError()).contains("not found");
    }

    @Test
    void anEventThatIsNotJsonFailsTheStreamWithItsPositionAndAnUnknownStreamIsAnError() {
        String id = api.data("mutation { aiSummarizeLogEvents(input: {events: [\"{}\", \"not json\"]}) { streamId } }")
                .path("aiSummarizeLogEvents").path("streamId").asText();
        JsonNode poll = api.data(STREAM, "id", id).path("aiInferenceStream");
        assertThat(poll.path("finished").asBoolean()).isTrue();
        assertThat(poll.path("error").asText()).isEqualTo("event 2 is not a JSON object");
        assertThat(poll.path("responseText").asText()).isEmpty();
        assertThat(api.query(STREAM, "id", "no-such-stream").firstError()).contains("not found");
        assertThat(api.query(SUMMARIZE, "id", "ffffffffffffffffffffffffffffffff").firstError()).contains("not found");
    }
}
