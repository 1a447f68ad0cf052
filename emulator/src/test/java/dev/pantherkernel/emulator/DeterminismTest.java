package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed, scale and anchor give the same data; another seed gives other data. */
class DeterminismTest {
    private static final String DIGEST = "SELECT MD5(LISTAGG(TO_JSON(OBJECT_CONSTRUCT(*)), '|') "
            + "WITHIN GROUP (ORDER BY p_row_id, TO_JSON(OBJECT_CONSTRUCT(*)))) AS d FROM %s t";
    private static final String ALERTS = "{ alerts(input: {createdAtAfter: \"2000-01-01T00:00:00Z\", createdAtBefore: \"2100-01-01T00:00:00Z\", "
            + "pageSize: 50}) { edges { node { id title severity status createdAt assignee { email } } } } }";

    private final Instant anchor = Instant.now().truncatedTo(ChronoUnit.HOURS);

    private record Snapshot(List<String> digests, String alerts) {}

    private Snapshot snapshot(long seed) {
        try (PantherEmulator emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(seed).scale(0.02).anchor(anchor).build())) {
            ApiClient api = new ApiClient(emulator.url(), emulator.token());
            DataLakeClient lake = new DataLakeClient(api);
            List<String> digests = List.of("aws_cloudtrail", "okta_systemlog", "aws_vpcflow", "panther_rule_matches.public.okta_systemlog")
                    .stream().map(table -> lake.run(DIGEST.formatted(table)).get(0).path("d").asText()).toList();
            return new Snapshot(digests, api.data(ALERTS).toString());
        }
    }

    @Test
    void theSameSeedGivesTheSameTablesAndAlertsAndAnotherSeedDoesNot() {
        Snapshot first = snapshot(11);
        Snapshot again = snapshot(11);
        Snapshot other = snapshot(12);
        assertThat(again).isEqualTo(first);
        assertThat(first.digests()).doesNotContainNull().allMatch(d -> d.matches("[0-9a-f]{32}"));
        for (int i = 0; i < first.digests().size(); i++) {
            assertThat(other.digests().get(i)).isNotEqualTo(first.digests().get(i));
        }
        assertThat(other.alerts()).isNotEqualTo(first.alerts());
    }

    @Test
    void timestampsLieInTheThirtyDaysBeforeTheAnchor() {
        try (PantherEmulator emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.02).anchor(anchor).build())) {
            DataLakeClient lake = new DataLakeClient(new ApiClient(emulator.url(), emulator.token()));
            var range = lake.run("SELECT min(p_event_time) AS lo, max(p_event_time) AS hi, count(*) AS n FROM "
                    + "(SELECT p_event_time FROM aws_cloudtrail UNION ALL SELECT p_event_time FROM okta_systemlog "
                    + "UNION ALL SELECT p_event_time FROM aws_vpcflow)").get(0);
            Instant lo = Instant.parse(range.path("lo").asText().replace(' ', 'T') + "Z");
            Instant hi = Instant.parse(range.path("hi").asText().replace(' ', 'T') + "Z");
            assertThat(lo).isAfterOrEqualTo(anchor.minus(30, ChronoUnit.DAYS));
            assertThat(hi).isBeforeOrEqualTo(anchor).isAfter(anchor.minus(1, ChronoUnit.DAYS));
            // every random row plus the story's (34 Okta, 8 CloudTrail, 4 FDR: the last ones the unmanaged laptop's sign-ins
            // just before the anchor), but VPC flow rows stop when the story deletes the flow logs
            assertThat(lake.count("SELECT count(*) FROM okta_systemlog")).isEqualTo(1000 + 34);
            assertThat(lake.count("SELECT count(*) FROM aws_cloudtrail")).isEqualTo(1000 + 8);
            assertThat(lake.count("SELECT count(*) FROM crowdstrike_fdrevent")).isEqualTo(400 + 4);
            assertThat(lake.count("SELECT count(*) FROM crowdstrike_aidmaster")).isEqualTo(100);
            assertThat(lake.count("SELECT count(*) FROM aws_vpcflow")).isBetween(1000L * 26 / 30, 1000L * 28 / 30 + 12);
            assertThat(lake.count("SELECT count(*) FROM aws_vpcflow WHERE p_event_time >= (SELECT eventTime FROM aws_cloudtrail "
                    + "WHERE eventName = 'DeleteFlowLogs')")).isZero();
        }
    }
}
