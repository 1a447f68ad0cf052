package dev.pantherkernel.emulator.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.emulator.content.Detection;
import dev.pantherkernel.emulator.content.DetectionKind;
import dev.pantherkernel.emulator.content.SavedQuery;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample detections agree with the alerts made from the specs, and the demo's content has the shape it promises. */
class SampleDetectionsTest {
    private static final Instant ANCHOR = Instant.parse("2026-06-01T12:00:00Z");
    private final List<Detection> detections = SampleDetections.all(ANCHOR, SampleDirectory.users(7, ANCHOR));
    private final Map<String, Detection> byId = detections.stream().collect(Collectors.toMap(Detection::id, Function.identity()));

    @Test
    void everyDetectionTheSampleAlertsComeFromIsStoredWithTheNameSeverityAndTypeOfItsAlerts() {
        for (DetectionSpec spec : DetectionSpec.all()) {
            if (spec.deleted()) {
                assertThat(byId).as("deleted detection %s", spec.id()).doesNotContainKey(spec.id());
                continue;
            }
            Detection d = byId.get(spec.id());
            assertThat(d).as(spec.id()).isNotNull();
            assertThat(d.name()).isEqualTo(spec.name());
            assertThat(d.severity()).isEqualTo(spec.severity());
            assertThat(d.kind().type()).isEqualTo(spec.detectionType());
            assertThat(d.description()).isEqualTo(spec.description());
            assertThat(d.enabled()).as("%s raised alerts until now", spec.id()).isTrue();
        }
    }

    @Test
    void someDetectionsOfEveryKindAreDisabled() {
        Set<DetectionKind> kinds = detections.stream().filter(d -> !d.enabled()).map(Detection::kind).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(DetectionKind.values());
        assertThat(detections.stream().filter(d -> !d.enabled()).map(Detection::id)).containsExactlyInAnyOrder(
                "AWS.S3.ObjectDownloads", "AWS.EC2.RunInstancesNewRegion", "AWS.VPC.RDPInbound", "AWS.IAM.UnusedAccessKeys",
                "AWS.IAM.PasswordPolicyStrength");
    }

    @Test
    void everyScheduledRuleRunsASampleQueryThatIsScheduled() {
        Map<String, SavedQuery> queries = SampleQueries.all(ANCHOR, SampleDirectory.users(7, ANCHOR)).stream()
                .collect(Collectors.toMap(SavedQuery::name, Function.identity()));
        detections.stream().filter(d -> d.kind() == DetectionKind.SCHEDULED_RULE).forEach(d -> {
            assertThat(d.scheduledQueries()).isNotEmpty();
            d.scheduledQueries().forEach(name -> assertThat(queries.get(name)).as(name).isNotNull()
                    .satisfies(q -> assertThat(q.scheduled()).isTrue()));
        });
    }

    @Test
    void everyDetectionSaysWhatItLooksAtForItsKind() {
        for (Detection d : detections) {
            switch (d.kind()) {
                case RULE -> assertThat(d.logTypes()).as(d.id()).isNotEmpty();
                case SIMPLE_RULE -> assertThat(d.detection()).as(d.id()).isNotBlank();
                case SCHEDULED_RULE -> assertThat(d.scheduledQueries()).as(d.id()).isNotEmpty();
                case POLICY -> assertThat(d.resourceTypes()).as(d.id()).isNotEmpty();
                default -> throw new AssertionError(d.kind());
            }
            assertThat(d.kind() == DetectionKind.SIMPLE_RULE ? d.detection() : d.body()).as(d.id()).isNotBlank();
            assertThat(d.createdAt()).isBefore(d.lastModified().plusSeconds(1)).isBefore(ANCHOR);
        }
        assertThat(Arrays.stream(DetectionKind.values())).allSatisfy(k -> assertThat(detections).anyMatch(d -> d.kind() == k));
    }
}
