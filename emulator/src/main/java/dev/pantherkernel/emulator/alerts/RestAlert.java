package dev.pantherkernel.emulator.alerts;

import dev.pantherkernel.emulator.rest.Actor;
import dev.pantherkernel.emulator.rest.RestTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** An alert as REST answers it ({@code GET /alerts}, {@code GET /alerts/{id}}); the same store as GraphQL's {@code Alert}. */
record RestAlert(
        String id,
        String type,
        AlertStatus status,
        Severity severity,
        String title,
        String createdAt,
        String firstEventOccurredAt,
        String lastReceivedEventAt,
        int eventCount,
        String runbook,
        Actor assignee,
        Actor updatedBy,
        List<Delivery> deliveries,
        DetectionRef detection,
        SystemErrorRef systemError) {

    /** The detection types REST names ({@code DetectionInfo.type}); others are left out. */
    private static final Set<DetectionType> REST_DETECTION_TYPES =
            Set.of(DetectionType.RULE, DetectionType.CORRELATION_RULE, DetectionType.POLICY, DetectionType.SCHEDULED_RULE);

    record Delivery(String dispatchedAt, String label, String message, String outputId, int statusCode, boolean success) {}

    record DetectionRef(String id, String type) {}

    record SystemErrorRef(String type, String sourceType) {}

    /**
     * {@code userById} finds the assignee; an assignee no longer in the directory reads as none, as in GraphQL.
     * {@code origins} says what the alert's detection is now (a deleted one keeps only its id).
     */
    static RestAlert of(Alert a, Function<String, Optional<?>> userById, DetectionOrigins origins) {
        Object origin = origins.originOf(a);
        String assignee = a.assigneeId() != null && userById.apply(a.assigneeId()).isPresent() ? a.assigneeId() : null;
        return new RestAlert(a.id(), a.type().name(), a.status(), a.severity(), a.title(), RestTime.of(a.createdAt()),
                RestTime.of(a.firstEventOccurredAt()), RestTime.of(a.lastReceivedEventAt()), a.eventCount(), a.runbook(),
                Actor.user(assignee), Actor.of(a.updatedBy()),
                a.deliveries().stream().map(d -> new Delivery(RestTime.of(d.dispatchedAt()), d.label(), d.message(), d.outputId(),
                        d.statusCode(), d.success())).toList(),
                detection(origin), origin instanceof Origins.SystemError e ? new SystemErrorRef(e.type(), e.relatedComponent()) : null);
    }

    private static DetectionRef detection(Object origin) {
        if (origin instanceof Origins.Detection d) {
            return new DetectionRef(d.id(), REST_DETECTION_TYPES.contains(d.type()) ? d.type().name() : null);
        }
        if (origin instanceof Origins.DeletedDetection d) {
            return new DetectionRef(d.id(), null);
        }
        return null;
    }
}
