package dev.pantherkernel.magics.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.values.AlertListingType;
import dev.pantherkernel.magics.values.AlertStatus;
import dev.pantherkernel.magics.values.AlertType;
import dev.pantherkernel.magics.values.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertFilterTest {

    private static final RecentWindow WEEK = RecentWindow.last(Duration.ofDays(7), Instant.parse("2026-03-08T00:00:00Z"));

    private static Map<String, Object> input(AlertFilter filter) {
        return filter.toInput(email -> "id-of-" + email);
    }

    @Test
    void writesTheNamesPantherGivesItsSeveritiesStatusesAndSubtypesInTheOrderGiven() {
        AlertFilter filter = AlertFilter.newAlertFilter().window(WEEK)
                .severities(List.of(Severity.HIGH, Severity.CRITICAL, Severity.LOW))
                .statuses(List.of(AlertStatus.TRIAGED, AlertStatus.OPEN))
                .subtypes(List.of(AlertType.SCHEDULED_RULE_ERROR, AlertType.RULE)).build();

        assertThat(input(filter)).containsEntry("severities", List.of("HIGH", "CRITICAL", "LOW"))
                .containsEntry("statuses", List.of("TRIAGED", "OPEN"))
                .containsEntry("subtypes", List.of("SCHEDULED_RULE_ERROR", "RULE"));
    }

    @Test
    void writesTheListingTypeByItsNameAndLeavesItToPantherWhenNoneIsGiven() {
        AlertFilter errors = AlertFilter.newAlertFilter().window(WEEK).type(AlertListingType.DETECTION_ERROR).build();
        AlertFilter any = AlertFilter.newAlertFilter().window(WEEK).build();

        assertThat(input(errors)).containsEntry("type", "DETECTION_ERROR");
        assertThat(input(any)).doesNotContainKeys("type", "severities", "statuses", "subtypes");
    }

    @Test
    void sendsTheWindowTheAssigneesIdsAndTheSortBesideTheEnums() {
        AlertFilter filter = AlertFilter.newAlertFilter().window(WEEK).severities(List.of(Severity.INFO))
                .assigneeEmails(List.of(" ana@example.com")).oldestFirst(true).build();

        assertThat(input(filter)).containsEntry("createdAtAfter", "2026-03-01T00:00:00.000Z")
                .containsEntry("createdAtBefore", "2026-03-08T00:00:00.000Z")
                .containsEntry("assigneeIds", List.of("id-of-ana@example.com"))
                .containsEntry("sortDir", "ascending").containsEntry("pageSize", AlertFilter.PAGE_SIZE)
                .containsEntry("severities", List.of("INFO"));
    }
}
