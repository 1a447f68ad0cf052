package dev.pantherkernel.emulator.alerts;

import java.time.Instant;
import java.util.List;

/**
 * An alert. Besides the API's fields it keeps what the filters need ({@code detectionId},
 * {@code eventCount}, log types and sources, resource types) and where its events are
 * ({@code eventTable} in the rule matches database; null for alerts without events). {@code origin} is set only for
 * Panther's own errors ({@code SystemError}); a detection's alert names it by {@code detectionId}, and the API shows
 * the detection as it is when asked ({@link DetectionOrigins}).
 */
public record Alert(
        String id,
        String title,
        String description,
        Severity severity,
        AlertStatus status,
        AlertType type,
        Instant createdAt,
        Instant firstEventOccurredAt,
        Instant lastReceivedEventAt,
        Instant updatedAt,
        Object updatedBy,
        String assigneeId,
        String reference,
        String runbook,
        List<AlertDelivery> deliveries,
        Object origin,
        String detectionId,
        int eventCount,
        String eventTable,
        List<String> logTypes,
        List<String> logSources,
        List<String> resourceTypes) {

    public Alert {
        deliveries = List.copyOf(deliveries);
        logTypes = List.copyOf(logTypes);
        logSources = List.copyOf(logSources);
        resourceTypes = List.copyOf(resourceTypes);
    }

    Alert withStatus(AlertStatus newStatus, Instant at, Object actor) {
        return new Alert(id, title, description, severity, newStatus, type, createdAt, firstEventOccurredAt,
                lastReceivedEventAt, at, actor, assigneeId, reference, runbook, deliveries, origin, detectionId,
                eventCount, eventTable, logTypes, logSources, resourceTypes);
    }

    Alert withAssignee(String newAssigneeId, Instant at, Object actor) {
        return new Alert(id, title, description, severity, status, type, createdAt, firstEventOccurredAt,
                lastReceivedEventAt, at, actor, newAssigneeId, reference, runbook, deliveries, origin, detectionId,
                eventCount, eventTable, logTypes, logSources, resourceTypes);
    }
}
