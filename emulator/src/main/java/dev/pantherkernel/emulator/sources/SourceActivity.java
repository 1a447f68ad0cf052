package dev.pantherkernel.emulator.sources;

import java.time.Instant;
import java.util.Optional;

/** What the data lake holds of each source: when its newest event happened and when Panther processed it. */
public interface SourceActivity {
    /** Empty when the lake holds no event of that source. */
    Optional<Activity> of(String sourceId);

    record Activity(Instant lastEventReceived, Instant lastEventProcessed) {}
}
