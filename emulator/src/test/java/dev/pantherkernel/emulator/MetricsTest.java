package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsTest {
    private static final String METRICS = """
            query($from: DateTime!, $to: DateTime!, $i: Int) { metrics(input: {fromDate: $from, toDate: $to, intervalInMinutes: $i}) {
              totalAlerts totalEventsProcessed totalBytesProcessed totalBytesQueried totalBytesIngested
              alertsPerSeverity { label value breakdown } alertsPerRule { entityId label value }
              eventsProcessedPerLogType { label value breakdown } bytesProcessedPerSource { label value breakdown }
              bytesQueriedPerSource { label value } bytesIngestedPerSource { label value } latencyPerLogType { label value } } }""";

    private PantherEmulator emulator;
    private ApiClient api;
    private final Instant to = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
    private final Instant from = to.minus(7, ChronoUnit.DAYS);

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.05).build());
        api = new ApiClient(emulator.url(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private JsonNode metrics(int intervalMinutes) {
        return api.data(METRICS, "from", from.toString(), "to", to.toString(), "i", intervalMinutes).path("metrics");
    }

    @Test
    void alertCountsMatchTheAlertsListing() {
        JsonNode m = metrics(1440);
        int listed = 0;
        String cursor = null;
        do {
            JsonNode page = api.data("query($a: DateTime, $b: DateTime, $c: String) { alerts(input: {createdAtAfter: $a, "
                    + "createdAtBefore: $b, cursor: $c, pageSize: 50}) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                    "a", from.toString(), "b", to.minusMillis(1).toString(), "c", cursor).path("alerts");
            listed += page.path("edges").size();
            cursor = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asText() : null;
        } while (cursor != null);
        assertThat(m.path("totalAlerts").asDouble()).isEqualTo(listed).isPositive();
        assertThat(sum(m.path("alertsPerSeverity"))).isEqualTo(listed);
        assertThat(sum(m.path("alertsPerRule"))).isEqualTo(listed);
        assertThat(m.path("alertsPerSeverity").findValuesAsText("label")).contains("Rule CRITICAL", "Rule INFO");
    }

    @Test
    void breakdownsAreKeyedByIntervalStartAndAddUpToTheValue() {
        JsonNode m = metrics(360);
        for (JsonNode series : m.path("alertsPerSeverity")) {
            List<String> keys = new ArrayList<>();
            series.path("breakdown").fieldNames().forEachRemaining(keys::add);
            assertThat(keys).hasSize(7 * 4).first().isEqualTo(from.toString().replace("Z", ".000Z"));
            assertThat(keys).allMatch(k -> Instant.parse(k).toEpochMilli() % (360 * 60_000L) == 0);
            double total = 0;
            for (JsonNode v : series.path("breakdown")) {
                total += v.asDouble();
            }
            assertThat(total).isEqualTo(series.path("value").asDouble());
        }
    }

    @Test
    void eventsProcessedMatchTheDataLake() {
        JsonNode m = metrics(1440);
        long counted = new DataLakeClient(api).count("SELECT count(*) FROM (SELECT p_parse_time FROM aws_cloudtrail UNION ALL "
                + "SELECT p_parse_time FROM okta_systemlog UNION ALL SELECT p_parse_time FROM aws_vpcflow UNION ALL "
                + "SELECT p_parse_time FROM crowdstrike_fdrevent UNION ALL SELECT p_parse_time FROM crowdstrike_aidmaster) "
                + "WHERE p_parse_time >= TIMESTAMP '" + from.toString().replace("T", " ").replace("Z", "") + "'");
        assertThat(m.path("totalEventsProcessed").asDouble()).isEqualTo(counted).isPositive();
        assertThat(m.path("eventsProcessedPerLogType").findValuesAsText("label"))
                .containsExactlyInAnyOrder("AWS.CloudTrail", "Okta.SystemLog", "AWS.VPCFlow", "Crowdstrike.FDREvent", "Crowdstrike.AIDMaster");
        assertThat(m.path("totalBytesProcessed").asDouble()).isPositive();
        assertThat(m.path("latencyPerLogType").findValues("value")).allMatch(v -> v.asDouble() >= 5 && v.asDouble() <= 120);
    }

    @Test
    void anEmptyOrInvertedRangeIsAnError() {
        assertThat(api.query(METRICS, "from", to.toString(), "to", from.toString(), "i", 60).firstError()).contains("before");
    }

    private static double sum(JsonNode series) {
        double total = 0;
        for (JsonNode s : series) {
            total += s.path("value").asDouble();
        }
        return total;
    }
}
