package dev.pantherkernel.emulator.alerts;

import dev.pantherkernel.emulator.core.ApiException;
import dev.pantherkernel.emulator.schema.Input;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The filters of an alerts listing (GraphQL {@code AlertsInput}, REST {@code GET /alerts}); {@link #of} checks GraphQL's rules. */
public record AlertFilter(
        String listing,
        String detectionId,
        Instant createdAtAfter,
        Instant createdAtBefore,
        Set<Severity> severities,
        Set<AlertStatus> statuses,
        Set<AlertType> subtypes,
        String nameContains,
        List<String> assigneeIds,
        List<String> logSources,
        List<String> logTypes,
        List<String> resourceTypes,
        Integer eventCountMin,
        Integer eventCountMax) implements Predicate<Alert> {

    static AlertFilter of(Input in) {
        AlertFilter filter = new AlertFilter(
                in.has("type") ? in.string("type") : "ALERT",
                in.string("detectionId"),
                in.instant("createdAtAfter"),
                in.instant("createdAtBefore"),
                in.enums("severities", Severity.class),
                in.enums("statuses", AlertStatus.class),
                in.enums("subtypes", AlertType.class),
                in.string("nameContains"),
                in.strings("assigneeIds"),
                in.strings("logSources"),
                in.strings("logTypes"),
                in.strings("resourceTypes"),
                in.integer("eventCountMin"),
                in.integer("eventCountMax"));
        if (filter.detectionId == null && (filter.createdAtAfter == null || filter.createdAtBefore == null)) {
            throw ApiException.invalidInput("alerts needs either detectionId or both createdAtAfter and createdAtBefore");
        }
        return filter;
    }

    @Override
    public boolean test(Alert a) {
        return a.type().listing().equals(listing)
                && (detectionId == null || detectionId.equals(a.detectionId()))
                && (createdAtAfter == null || !a.createdAt().isBefore(createdAtAfter))
                && (createdAtBefore == null || !a.createdAt().isAfter(createdAtBefore))
                && (severities == null || severities.contains(a.severity()))
                && (statuses == null || statuses.contains(a.status()))
                && (subtypes == null || subtypes.contains(a.type()))
                && (nameContains == null
                        || a.title().toLowerCase(Locale.ROOT).contains(nameContains.toLowerCase(Locale.ROOT)))
                && (assigneeIds == null || a.assigneeId() != null && assigneeIds.contains(a.assigneeId()))
                && anyOf(logSources, a.logSources())
                && anyOf(logTypes, a.logTypes())
                && anyOf(resourceTypes, a.resourceTypes())
                && (eventCountMin == null || a.eventCount() >= eventCountMin)
                && (eventCountMax == null || a.eventCount() <= eventCountMax);
    }

    private static boolean anyOf(List<String> wanted, List<String> present) {
        return wanted == null || present.stream().anyMatch(wanted::contains);
    }
}
