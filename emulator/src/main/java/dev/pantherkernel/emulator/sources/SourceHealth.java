package dev.pantherkernel.emulator.sources;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a source is healthy, judged the way Panther's "no data" check does: a source that has delivered events
 * is unhealthy once its newest one is more than a day older than the data's present (the end of the sample data);
 * one that never delivered anything is still waiting for its first event and healthy.
 */
public record SourceHealth(Instant present, Duration silenceLimit) {
    /** How long a source may stay silent. */
    public static final Duration DEFAULT_LIMIT = Duration.ofHours(24);

    public boolean healthy(Optional<SourceActivity.Activity> activity) {
        return activity.map(a -> !a.lastEventReceived().isBefore(present.minus(silenceLimit))).orElse(true);
    }
}
