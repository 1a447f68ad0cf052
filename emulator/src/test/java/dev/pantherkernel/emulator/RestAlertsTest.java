package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /alerts}, {@code /alerts/{id}}, {@code /alerts/{id}/events} and {@code /alert-comments}: what Panther's REST
 * API answers, checked against the OpenAPI description, and one store with GraphQL in both directions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestAlertsTest {
    private static final String GRAPHQL_PAGE = """
            query($after: DateTime, $before: DateTime, $cursor: String, $severities: [Severity!], $statuses: [AlertStatus!],
                  $name: String, $type: AlertListingType, $dir: SortDirEnum) {
              alerts(input: {createdAtAfter: $after, createdAtBefore: $before, cursor: $cursor, pageSize: 50, severities: $severities,
                             statuses: $statuses, nameContains: $name, type: $type, sortDir: $dir}) {
                edges { node { id } }
                pageInfo { hasNextPage endCursor }
              }
            }""";
    private static final String ONE_ALERT = """
            query($id: ID!) { alert(id: $id) { id status assignee { id } updatedBy { __typename ... on APIToken { id } } } }""";

    private PantherEmulator emulator;
    private RestClient rest;
    private ApiClient graphql;
    /**
     * The emulator's clock, fixed: which alerts the window holds, and their statuses, no longer move with the hour
     * (tests here take OPEN alerts, and at 05:00 UTC one day a window that moved with the clock had too few).
     */
    private static final Instant NOW = Instant.parse("2026-11-02T10:17:00Z");
    private final String after = NOW.minus(40, ChronoUnit.DAYS).toString();
    private final String before = NOW.plus(1, ChronoUnit.DAYS).toString();

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
        rest = new RestClient(emulator.restUrl(), emulator.token());
        graphql = new ApiClient(emulator.url(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Every alert REST lists for this query, page by page. */
    private List<JsonNode> restAll(String query) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            RestClient.Exchange page = rest.get("/alerts?" + query + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            assertThat(page.status()).isEqualTo(200);
            page.body().path("results").forEach(out::add);
            cursor = page.body().has("next") ? page.body().path("next").asText() : null;
        } while (cursor != null);
        return out;
    }

    private List<String> graphqlIds(Object... filters) {
        List<String> out = new ArrayList<>();
        String cursor = null;
        do {
            List<Object> vars = new ArrayList<>(List.of("after", after, "before", before));
            vars.addAll(List.of(filters));
            if (cursor != null) {
                vars.addAll(List.of("cursor", cursor));
            }
            JsonNode alerts = graphql.data(GRAPHQL_PAGE, vars.toArray()).path("alerts");
            alerts.path("edges").forEach(e -> out.add(e.path("node").path("id").asText()));
            cursor = alerts.path("pageInfo").path("hasNextPage").asBoolean() ? alerts.path("pageInfo").path("endCursor").asText() : null;
        } while (cursor != null);
        return out;
    }

    private static List<String> ids(List<JsonNode> alerts) {
        return alerts.stream().map(a -> a.path("id").asText()).toList();
    }

    private String window() {
        return "created-after=" + enc(after) + "&created-before=" + enc(before);
    }

    private JsonNode someAlert(String query) {
        RestClient.Exchange page = rest.get("/alerts?" + window() + "&" + query + "&limit=1");
        assertThat(page.body().path("results").size()).as("an alert for %s", query).isEqualTo(1);
        return page.body().path("results").path(0);
    }

    @Test
    void listsTheAlertsGraphQLListsNewestFirstPageByPage() {
        List<JsonNode> alerts = restAll(window() + "&limit=4");
        assertThat(alerts.size()).isGreaterThan(8);
        assertThat(ids(alerts)).doesNotHaveDuplicates().isEqualTo(graphqlIds());
        List<String> created = alerts.stream().map(a -> a.path("createdAt").asText()).toList();
        assertThat(created).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
        assertThat(ids(restAll(window() + "&sort-dir=asc&limit=50"))).isEqualTo(graphqlIds("dir", "ascending"));
    }

    @Test
    void filtersAsGraphQLDoesWithRepeatedKeys() {
        List<JsonNode> urgent = restAll(window() + "&severity=HIGH&severity=CRITICAL&status=OPEN&status=TRIAGED");
        assertThat(urgent).isNotEmpty().allSatisfy(a -> {
            assertThat(a.path("severity").asText()).isIn("HIGH", "CRITICAL");
            assertThat(a.path("status").asText()).isIn("OPEN", "TRIAGED");
        });
        assertThat(ids(urgent)).isEqualTo(graphqlIds("severities", List.of("HIGH", "CRITICAL"), "statuses", List.of("OPEN", "TRIAGED")));
        String word = urgent.get(0).path("title").asText().split(" ")[0];
        assertThat(ids(restAll(window() + "&name-contains=" + enc(word.toLowerCase())))).isEqualTo(graphqlIds("name", word));
    }

    @Test
    void listsSystemErrorsApartWithWhatWentWrong() {
        List<JsonNode> errors = restAll(window() + "&type=SYSTEM_ERROR");
        assertThat(errors).isNotEmpty().allSatisfy(a -> {
            assertThat(a.path("type").asText()).isEqualTo("SYSTEM_ERROR");
            assertThat(a.path("systemError").path("type").asText()).isIn("SOURCE_NO_DATA", "ALERT_DELIVERY");
            assertThat(a.has("detection")).isFalse();
        });
        assertThat(ids(errors)).isEqualTo(graphqlIds("type", "SYSTEM_ERROR"));
        assertThat(restAll(window() + "&sub-type=CORRELATION_RULE")).as("no correlation rule raised an alert").isEmpty();
        assertThat(restAll(window() + "&sub-type=RULE&limit=50")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.path("detection").path("type").asText()).isEqualTo("RULE"));
    }

    @Test
    void withoutDatesListsTheLastThirtyDays() {
        Instant thirtyDaysAgo = NOW.minus(30, ChronoUnit.DAYS).minusSeconds(60);
        List<JsonNode> recent = restAll("limit=50");
        assertThat(recent).isNotEmpty().allSatisfy(a -> assertThat(Instant.parse(a.path("createdAt").asText())).isAfter(thirtyDaysAgo));
    }

    @Test
    void createdAfterTakesADateAMonthAnRfc3339TimeOrUnixSeconds() {
        LocalDate day = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(3);
        Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        List<String> byDate = ids(restAll("created-after=" + day + "&limit=50"));
        assertThat(byDate).isNotEmpty();
        assertThat(ids(restAll("created-after=" + enc(start.toString()) + "&limit=50"))).isEqualTo(byDate);
        assertThat(ids(restAll("created-after=" + start.getEpochSecond() + "&limit=50"))).isEqualTo(byDate);
        String month = day.toString().substring(0, 7);
        assertThat(ids(restAll("created-after=" + month + "&limit=50"))).containsAll(byDate);
        RestClient.Exchange bad = rest.get("/alerts?created-after=last-tuesday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.message()).contains("created-after");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=51", "limit=0", "severity=SEVERE", "sort-dir=sideways", "type=ALERTS", "status=DONE",
        "event-count-min=many", "sub-type=RULES"})
    void aParameterOutsideTheDescriptionIs400NamingIt(String parameter) {
        RestClient.Exchange answer = rest.breakingTheRequest().get("/alerts?" + parameter);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).contains(parameter.substring(0, parameter.indexOf('=')));
    }

    @Test
    void aCursorThatIsNotOursIs400() {
        RestClient.Exchange answer = rest.get("/alerts?cursor=not-a-cursor");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).contains("cursor");
    }

    @Test
    void getsOneAlertAsTheListShowsItAnd404ForAnUnknownId() {
        JsonNode listed = someAlert("severity=HIGH");
        RestClient.Exchange one = rest.get("/alerts/" + listed.path("id").asText());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).isEqualTo(listed);
        assertThat(listed.path("detection").path("id").asText()).isNotBlank();
        assertThat(listed.path("deliveries").path(0).path("label").asText()).isNotBlank();
        RestClient.Exchange missing = rest.get("/alerts/0000000000000000000000000000dead");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.message()).contains("0000000000000000000000000000dead");
    }

    @Test
    void aStatusSetOverRestIsWhatGraphQLReadsAndTheOtherWayRound() {
        String id = someAlert("status=OPEN&severity=MEDIUM&severity=LOW&severity=INFO").path("id").asText();
        RestClient.Exchange patched = rest.patch("/alerts/" + id, Map.of("status", "RESOLVED"));
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.raw().body()).isEmpty();
        JsonNode seen = graphql.data(ONE_ALERT, "id", id).path("alert");
        assertThat(seen.path("status").asText()).isEqualTo("RESOLVED");
        assertThat(seen.path("updatedBy").path("__typename").asText()).isEqualTo("APIToken");

        graphql.data("mutation($ids: [ID!]!) { updateAlertStatusById(input: {ids: $ids, status: TRIAGED}) { alerts { id } } }",
                "ids", List.of(id));
        JsonNode read = rest.get("/alerts/" + id).body();
        assertThat(read.path("status").asText()).isEqualTo("TRIAGED");
        assertThat(read.path("updatedBy").path("type").asText()).isEqualTo("api-token");
        assertThat(ids(restAll(window() + "&status=TRIAGED&limit=50"))).contains(id);
    }

    @Test
    void bulkPatchAssignsAndAnEmptyAssigneeUnassignsForBothApis() {
        // any two alerts of the window: at this scale few are OPEN, and the other tests of the class resolve and close
        // some of them, so how many OPEN ones are left depended on the hour and the order the tests ran in
        List<String> all = ids(restAll(window() + "&limit=50"));
        assertThat(all).as("alerts in the window").hasSizeGreaterThanOrEqualTo(2);
        List<String> ids = all.subList(0, 2);
        String user = rest.get("/users?limit=1").body().path("results").path(0).path("id").asText();
        RestClient.Exchange assigned = rest.patch("/alerts", Map.of("ids", ids, "assignee", user));
        assertThat(assigned.status()).isEqualTo(204);
        assertThat(assigned.raw().headers().firstValue("Content-Type")).hasValue("application/json");
        for (String id : ids) {
            assertThat(graphql.data(ONE_ALERT, "id", id).path("alert").path("assignee").path("id").asText()).isEqualTo(user);
        }
        assertThat(ids(restAll(window() + "&assignee=" + user + "&limit=50"))).containsAll(ids);

        assertThat(rest.patch("/alerts", Map.of("ids", ids, "assignee", "")).status()).isEqualTo(204);
        assertThat(graphql.data(ONE_ALERT, "id", ids.get(0)).path("alert").path("assignee").isNull()).isTrue();
        graphql.data("mutation($ids: [ID!]!, $u: ID) { updateAlertsAssigneeById(input: {ids: $ids, assigneeId: $u}) { alerts { id } } }",
                "ids", ids, "u", user);
        assertThat(rest.get("/alerts/" + ids.get(1)).body().path("assignee").path("id").asText()).isEqualTo(user);
    }

    @Test
    void bulkPatchNamesWhatItCouldNotFindOrUnderstand() {
        String id = someAlert("status=OPEN").path("id").asText();
        assertThat(rest.patch("/alerts", Map.of("ids", List.of(id, "nope"), "status", "CLOSED")).status()).isEqualTo(404);
        assertThat(rest.get("/alerts/" + id).body().path("status").asText()).as("nothing changed").isEqualTo("OPEN");
        RestClient.Exchange noUser = rest.patch("/alerts", Map.of("ids", List.of(id), "assignee", "no-such-user"));
        assertThat(noUser.status()).isEqualTo(404);
        assertThat(noUser.message()).contains("no-such-user");
        assertThat(rest.patch("/alerts", Map.of("ids", List.of(id))).status()).isEqualTo(400);
        assertThat(rest.breakingTheRequest().patch("/alerts", Map.of("status", "CLOSED")).message()).contains("ids");
        assertThat(rest.breakingTheRequest().patch("/alerts/" + id, Map.of("status", "DONE")).message()).contains("status");
        assertThat(rest.breakingTheRequest().patch("/alerts/" + id, "{not json").status()).isEqualTo(400);
        assertThat(rest.patch("/alerts/nope", Map.of("status", "CLOSED")).status()).isEqualTo(404);
    }

    @Test
    void fieldsABodyHasBeyondTheDescriptionAreIgnored() {
        String id = someAlert("status=OPEN").path("id").asText();
        RestClient.Exchange answer = rest.breakingTheRequest().patch("/alerts/" + id, Map.of("status", "CLOSED", "reason", "false positive"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(rest.get("/alerts/" + id).body().path("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void eventsPageToTheEndAsGraphQLPagesThem() {
        JsonNode alert = restAll(window() + "&event-count-min=3&limit=50").get(0);
        String id = alert.path("id").asText();
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        do {
            RestClient.Exchange page = rest.get("/alerts/" + id + "/events?limit=2" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            assertThat(page.status()).isEqualTo(200);
            page.body().path("results").forEach(events::add);
            cursor = page.body().has("next") ? page.body().path("next").asText() : null;
        } while (cursor != null);
        assertThat(events).hasSize(alert.path("eventCount").asInt()).allSatisfy(e -> assertThat(e.has("p_event_time")).isTrue());
        JsonNode graphqlEvents = graphql.data("query($id: ID!) { alert(id: $id) { events(input: {pageSize: 50}) { edges { node } } } }",
                "id", id).path("alert").path("events").path("edges");
        List<JsonNode> nodes = new ArrayList<>();
        graphqlEvents.forEach(e -> nodes.add(e.path("node")));
        assertThat(events).isEqualTo(nodes);
        assertThat(rest.get("/alerts/nope/events").status()).isEqualTo(404);
        assertThat(rest.breakingTheRequest().get("/alerts/" + id + "/events?limit=51").status()).isEqualTo(400);
    }

    @Test
    void commentsMadeThroughEitherApiAreOneListOldestFirst() {
        String id = someAlert("severity=CRITICAL").path("id").asText();
        graphql.data("mutation($id: ID!) { createAlertComment(input: {alertId: $id, body: \"seen in GraphQL\"}) { comment { id } } }", "id", id);
        RestClient.Exchange made = rest.post("/alert-comments", Map.of("alertId", id, "body", "<b>seen</b> in REST", "format", "HTML"));
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.body().path("alertId").asText()).isEqualTo(id);
        assertThat(made.body().path("createdBy").path("type").asText()).isEqualTo("api-token");
        assertThat(made.body().has("updatedAt")).isFalse();

        JsonNode listed = rest.get("/alert-comments?alert-id=" + id).body();
        assertThat(listed.path("results").findValuesAsText("body")).containsExactly("seen in GraphQL", "<b>seen</b> in REST");
        assertThat(listed.path("results").findValuesAsText("format")).containsExactly("PLAIN_TEXT", "HTML");
        assertThat(listed.has("next")).isFalse();
        assertThat(rest.get("/alert-comments/" + made.body().path("id").asText()).body()).isEqualTo(made.body());
    }

    @Test
    void commentsPageWithNext() {
        String id = someAlert("severity=LOW").path("id").asText();
        for (int i = 0; i < 3; i++) {
            rest.post("/alert-comments", Map.of("alertId", id, "body", "note " + i, "format", "PLAIN_TEXT"));
        }
        JsonNode first = rest.get("/alert-comments?alert-id=" + id + "&limit=2").body();
        assertThat(first.path("results").findValuesAsText("body")).containsExactly("note 0", "note 1");
        JsonNode second = rest.get("/alert-comments?alert-id=" + id + "&limit=2&cursor=" + first.path("next").asText()).body();
        assertThat(second.path("results").findValuesAsText("body")).containsExactly("note 2");
        assertThat(second.has("next")).isFalse();
        assertThat(rest.get("/alert-comments?alert-id=not-an-alert").body().path("results").size()).isZero();
    }

    @Test
    void rewritingACommentSaysWhenAndByWhomAndKeepsItsAuthor() {
        String id = someAlert("severity=MEDIUM").path("id").asText();
        JsonNode made = rest.post("/alert-comments", Map.of("alertId", id, "body", "first", "format", "PLAIN_TEXT")).body();
        RestClient.Exchange rewritten = rest.post("/alert-comments/" + made.path("id").asText(),
                Map.of("alertId", id, "body", "second", "format", "PLAIN_TEXT"));
        assertThat(rewritten.status()).isEqualTo(200);
        assertThat(rewritten.body().path("body").asText()).isEqualTo("second");
        assertThat(rewritten.body().path("createdAt")).isEqualTo(made.path("createdAt"));
        assertThat(rewritten.body().path("updatedBy").path("type").asText()).isEqualTo("api-token");
        assertThat(rewritten.body().path("updatedAt").asText()).isNotBlank();
        String other = someAlert("severity=HIGH").path("id").asText();
        assertThat(rest.post("/alert-comments/" + made.path("id").asText(), Map.of("alertId", other, "body", "moved", "format", "HTML"))
                .status()).isEqualTo(400);
    }

    @Test
    void commentOperationsAnswerTheirDocumentedErrors() {
        assertThat(rest.post("/alert-comments", Map.of("alertId", "nope", "body", "x", "format", "PLAIN_TEXT")).status()).isEqualTo(404);
        RestClient.Exchange noFormat = rest.breakingTheRequest().post("/alert-comments", Map.of("alertId", "nope", "body", "x"));
        assertThat(noFormat.status()).isEqualTo(400);
        assertThat(noFormat.message()).contains("format");
        assertThat(rest.breakingTheRequest().get("/alert-comments").message()).contains("alert-id");
        assertThat(rest.get("/alert-comments/nope").status()).isEqualTo(404);
        assertThat(rest.post("/alert-comments/nope", Map.of("alertId", "nope", "body", "x", "format", "HTML")).status()).isEqualTo(404);
        assertThat(rest.breakingTheRequest().get("/alert-comments?alert-id=x&limit=0").status()).isEqualTo(400);
    }
}
