package dev.pantherkernel.magics.content;

import dev.pantherkernel.magics.content.Detections.DetectionFilter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.magics.values.AlertType;
import dev.pantherkernel.magics.values.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionFilterTest {

    @Test
    void asksForTheSeveritiesByTheNamesPantherGivesThem() {
        DetectionFilter filter = new DetectionFilter(List.of(), true, List.of(Severity.HIGH, Severity.CRITICAL),
                List.of("AWS.CloudTrail"), List.of(), null);

        assertThat(filter.listRequest(DetectionKind.RULE).pathAndQuery())
                .isEqualTo("/rules?state=enabled&severity=HIGH&severity=CRITICAL&log-type=AWS.CloudTrail");
    }

    @Test
    void asksForEveryDetectionOfAKindWhenNothingIsFiltered() {
        assertThat(DetectionFilter.all().listRequest(DetectionKind.SCHEDULED_RULE).pathAndQuery())
                .isEqualTo("/scheduled-rules");
    }

    @Test
    void listsTheKindsThatRaiseTheSubtypesAsked() {
        assertThat(DetectionKind.of(List.of(AlertType.RULE))).containsExactly(DetectionKind.RULE, DetectionKind.SIMPLE_RULE);
        assertThat(DetectionKind.of(List.of(AlertType.POLICY, AlertType.SCHEDULED_RULE)))
                .containsExactly(DetectionKind.SCHEDULED_RULE, DetectionKind.POLICY);
        assertThat(DetectionKind.of(List.of())).containsExactly(DetectionKind.values());
    }
}
