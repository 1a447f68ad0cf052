package dev.pantherkernel.emulator.alerts;

import java.util.Optional;

/**
 * What the detection behind an alert is now. Alerts keep only their detection's id, so a detection renamed, changed
 * or deleted after it alerted shows as it is now: a deleted one as {@code DeletedDetection} with its id, as Panther
 * shows it.
 */
@FunctionalInterface
public interface DetectionOrigins {
    /** The detection with this id as the API shows it; empty when there is none (any more). */
    Optional<Origins.Detection> find(String detectionId);

    /** What raised the alert: Panther itself (a {@code SystemError}), or its detection as it is now. */
    default Object originOf(Alert alert) {
        if (alert.origin() != null) {
            return alert.origin();
        }
        return find(alert.detectionId()).<Object>map(d -> d).orElseGet(() -> new Origins.DeletedDetection(alert.detectionId()));
    }
}
