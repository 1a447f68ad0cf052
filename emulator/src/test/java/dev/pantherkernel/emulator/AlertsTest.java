package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.util.Collections;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsTest {
    private static final String PAGE = """
            query($after: DateTime, $before: DateTime, $cursor: String, $size: Int, $dir: SortDirEnum, $severities: [Severity!],
                  $statuses: [AlertStatus!], $detection: ID, $name: String, $min: Int, $type: AlertListingType,
                  $subtypes: [AlertType!], $logTypes: [String!], $assignees: [ID!], $resourceTypes: [String!]) {
              alerts(input: {createdAtAfter: $after, createdAtBefore: $before, cursor: $cursor, pageSize: $size, sortDir: $dir,
                             severities: $severities, statuses: $statuses, detectionId: $detection, nameContains: $name,
                             eventCountMin: $min, type: $type, subtypes: $subtypes, logTypes: $logTypes,
                             assigneeIds: $assignees, resourceTypes: $resourceTypes}) {
                edges { node { id title severity status type createdAt firstEventOccurredAt lastReceivedEventAt
                               assignee { id email } updatedBy { __typename }
                               origin { __typename ... on Detection { id name type } ... on DeletedDetection { id }
                                        ... on SystemError { relatedComponent errorType: type } }
                               deliveries { label success statusCode } } }
                pageInfo { hasNextPage endCursor startCursor hasPreviousPage }
              }
            }""";

    private PantherEmulator emulator;
    private ApiClient api;
    /** The emulator's clock, fixed, so that the window's alerts and their statuses do not depend on the hour (as RestAlertsTest). */
    private static final Instant NOW = Instant.parse("2026-11-02T10:17:00Z");
    private final String after = NOW.minus(40, ChronoUnit.DAYS).toString();
    private final String before = NOW.plus(1, ChronoUnit.DAYS).toString();

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.1).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build());
        api = new ApiClient(emulator.url(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    /** Every alert of a listing, page by page. */
    private List<JsonNode> all(int pageSize, Object... filters) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            List<Object> vars = new ArrayList<>(List.of("after", after, "before", before, "size", pageSize));
            vars.addAll(List.of(filters));
            if (cursor != null) {
                vars.addAll(List.of("cursor", cursor));
            }
            JsonNode alerts = api.data(PAGE, vars.toArray()).path("alerts");
            alerts.path("edges").forEach(e -> out.add(e.path("node")));
            cursor = alerts.path("pageInfo").path("hasNextPage").asBoolean() ? alerts.path("pageInfo").path("endCursor").asText() : null;
        } while (cursor != null);
        return out;
    }

    private static List<String> ids(List<JsonNode> alerts) {
        return alerts.stream().map(a -> a.path("id").asText()).toList();
    }

    @Test
    void pagesWithoutGapsOrDuplicatesAndNewestFirst() {
        List<JsonNode> bySeven = all(7);
        List<JsonNode> byFifty = all(50);
        assertThat(bySeven.size()).isGreaterThan(14);
        assertThat(ids(bySeven)).doesNotHaveDuplicates().isEqualTo(ids(byFifty));
        List<String> created = bySeven.stream().map(a -> a.path("createdAt").asText()).toList();
        assertThat(created).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(ids(all(10, "dir", "ascending"))).containsExactlyElementsOf(reversed(ids(byFifty)));
    }

    @Test
    void alertsOfEverySeverityAndStatusWithIdsOf32HexCharacters() {
        List<JsonNode> alerts = all(50);
        assertThat(alerts).extracting(a -> a.path("severity").asText()).contains("INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL");
        assertThat(alerts).extracting(a -> a.path("status").asText()).contains("OPEN", "TRIAGED", "RESOLVED", "CLOSED");
        assertThat(ids(alerts)).allMatch(id -> id.matches("[0-9a-f]{32}"));
        assertThat(alerts).extracting(a -> a.path("origin").path("__typename").asText()).contains("Detection", "DeletedDetection");
    }

    @Test
    void theStoryShowsABruteForceFromOneIp() {
        List<JsonNode> bruteForce = all(50, "detection", "Okta.BruteForceLogins");
        assertThat(bruteForce).extracting(a -> a.path("title").asText()).contains("Brute force login attempts from 203.0.113.9");
        assertThat(bruteForce).allMatch(a -> a.path("severity").asText().equals("HIGH"));
    }

    @Test
    void filtersNarrowTheListing() {
        List<JsonNode> all = all(50);
        assertThat(all(50, "severities", List.of("CRITICAL"))).isNotEmpty()
                .allMatch(a -> a.path("severity").asText().equals("CRITICAL"))
                .hasSize((int) all.stream().filter(a -> a.path("severity").asText().equals("CRITICAL")).count());
        assertThat(all(50, "statuses", List.of("OPEN", "TRIAGED")))
                .allMatch(a -> Set.of("OPEN", "TRIAGED").contains(a.path("status").asText()));
        assertThat(all(50, "name", "BRUTE FORCE")).isNotEmpty().allMatch(a -> a.path("title").asText().contains("Brute force"));
        assertThat(all(50, "min", 10)).isNotEmpty();
        assertThat(all(50, "logTypes", List.of("AWS.VPCFlow")))
                .allMatch(a -> a.path("origin").path("id").asText().startsWith("AWS.VPC"));
        assertThat(all(50, "resourceTypes", List.of("AWS.S3.Bucket")))
                .allMatch(a -> a.path("origin").path("type").asText().equals("POLICY"));
        assertThat(all(50, "subtypes", List.of("SCHEDULED_RULE"))).isNotEmpty()
                .allMatch(a -> a.path("type").asText().equals("SCHEDULED_RULE"));
        String assignee = all.stream().filter(a -> !a.path("assignee").isNull()).findFirst().orElseThrow()
                .path("assignee").path("id").asText();
        assertThat(all(50, "assignees", List.of(assignee))).isNotEmpty()
                .allMatch(a -> a.path("assignee").path("id").asText().equals(assignee));
    }

    @Test
    void errorListingsHoldDetectionAndSystemErrors() {
        assertThat(all(50, "type", "DETECTION_ERROR")).isNotEmpty().allMatch(a -> a.path("type").asText().equals("RULE_ERROR"));
        List<JsonNode> system = all(50, "type", "SYSTEM_ERROR");
        assertThat(system).isNotEmpty().allMatch(a -> a.path("origin").path("__typename").asText().equals("SystemError"));
        assertThat(ids(all(50))).doesNotContainAnyElementsOf(ids(system));
    }

    @Test
    void aDetectionIdAloneIsEnoughButOtherwiseBothBoundsAreRequired() {
        assertThat(api.data("{ alerts(input: {detectionId: \"AWS.Root.Activity\"}) { edges { node { id } } } }")
                .path("alerts").path("edges").size()).isPositive();
        ApiClient.Answer answer = api.query("query($a: DateTime) { alerts(input: {createdAtAfter: $a}) { edges { node { id } } } }",
                "a", after);
        assertThat(answer.firstError()).contains("detectionId").contains("createdAtBefore");
        assertThat(answer.errors().path(0).path("path").path(0).asText()).isEqualTo("alerts");
    }

    @Test
    void pagesOver50AreRefusedWithTheMaximum() {
        assertThat(api.query(PAGE, "after", after, "before", before, "size", 51).firstError()).contains("50");
    }

    @Test
    void aCursorIsOpaqueButAForgedOneIsAnError() {
        assertThat(api.query(PAGE, "after", after, "before", before, "cursor", "not-a-cursor").firstError()).isEqualTo("invalid cursor");
    }

    @Test
    void oneAlertByIdAndAnUnknownIdIsAnError() {
        String id = ids(all(50)).get(3);
        assertThat(api.data("query($id: ID!) { alert(id: $id) { id title } }", "id", id).path("alert").path("id").asText()).isEqualTo(id);
        ApiClient.Answer missing = api.query("{ alert(id: \"0123456789abcdef0123456789abcdef\") { id } }");
        assertThat(missing.firstError()).endsWith("not found");
        assertThat(missing.data().isNull()).isTrue();
    }

    @Test
    void anAlertsEventsPageWithoutGapsAndAddUpToItsEvents() {
        JsonNode alert = all(50, "detection", "Okta.BruteForceLogins").get(0);
        Set<String> rows = new HashSet<>();
        List<String> times = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode events = api.data("query($id: ID!, $c: String) { alert(id: $id) { events(input: {cursor: $c, pageSize: 4}) "
                    + "{ edges { node } pageInfo { hasNextPage endCursor } } } }", "id", alert.path("id").asText(), "c", cursor)
                    .path("alert").path("events");
            for (JsonNode edge : events.path("edges")) {
                assertThat(rows.add(edge.path("node").path("p_row_id").asText())).isTrue();
                times.add(edge.path("node").path("p_event_time").asText());
                assertThat(edge.path("node").path("p_alert_id").asText()).isEqualTo(alert.path("id").asText());
            }
            cursor = events.path("pageInfo").path("hasNextPage").asBoolean() ? events.path("pageInfo").path("endCursor").asText() : null;
        } while (cursor != null);
        assertThat(rows.size()).isGreaterThanOrEqualTo(10);
        assertThat(times).isSorted();
    }

    @Test
    void mutationsChangeStatusAssigneeAndAddComments() {
        List<String> open = ids(all(50, "statuses", List.of("OPEN"))).subList(0, 2);
        JsonNode updated = api.data("mutation($ids: [ID!]!) { updateAlertStatusById(input: {ids: $ids, status: RESOLVED}) "
                + "{ alerts { id status updatedAt updatedBy { __typename ... on APIToken { name } } } } }", "ids", open)
                .path("updateAlertStatusById").path("alerts");
        assertThat(updated).hasSize(2).allMatch(a -> a.path("status").asText().equals("RESOLVED"));
        assertThat(updated.get(0).path("updatedBy").path("name").asText()).isEqualTo(PantherEmulator.DEMO_TOKEN_NAME);
        assertThat(emulator.requestCount("updateAlertStatusById")).isEqualTo(1);

        JsonNode user = api.data("{ users { id email } }").path("users").get(1);
        JsonNode byId = api.data("mutation($ids: [ID!]!, $u: ID) { updateAlertsAssigneeById(input: {ids: $ids, assigneeId: $u}) "
                + "{ alerts { assignee { id } } } }", "ids", open, "u", user.path("id").asText());
        assertThat(byId.findValuesAsText("id")).containsOnly(user.path("id").asText());
        JsonNode none = api.data("mutation($ids: [ID!]!) { updateAlertsAssigneeByEmail(input: {ids: $ids}) { alerts { assignee { id } } } }",
                "ids", open);
        assertThat(none.path("updateAlertsAssigneeByEmail").path("alerts").get(0).path("assignee").isNull()).isTrue();
        JsonNode byEmail = api.data("mutation($ids: [ID!]!, $e: String) { updateAlertsAssigneeByEmail(input: {ids: $ids, assigneeEmail: $e}) "
                + "{ alerts { assignee { email } } } }", "ids", open, "e", user.path("email").asText());
        assertThat(byEmail.findValuesAsText("email")).containsOnly(user.path("email").asText());
        assertThat(api.query("mutation($ids: [ID!]!) { updateAlertsAssigneeByEmail(input: {ids: $ids, assigneeEmail: \"nobody@example.com\"}) "
                + "{ alerts { id } } }", "ids", open).firstError()).endsWith("not found");

        JsonNode comment = api.data("mutation($id: ID!) { createAlertComment(input: {alertId: $id, body: \"<b>seen</b>\", format: HTML}) "
                + "{ comment { id body format createdAt createdBy { __typename } entity { ... on Alert { id } } } } }", "id", open.get(0))
                .path("createAlertComment").path("comment");
        assertThat(comment.path("format").asText()).isEqualTo("HTML");
        assertThat(comment.path("entity").path("id").asText()).isEqualTo(open.get(0));
        assertThat(comment.path("createdBy").path("__typename").asText()).isEqualTo("APIToken");
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
