package dev.pantherkernel.emulator.ai;

import dev.pantherkernel.emulator.alerts.Alert;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What an alert's events hold, read from the data lake: the values of each indicator, and the events in order. */
public interface AlertEvidence {
    /**
     * The indicator values of the alert's events by indicator column ({@code p_any_ip_addresses} ...), the most
     * frequent first, at most {@code values} of each; and its first {@code events} events, each in one line.
     */
    Evidence of(Alert alert, int values, int events);

    record Evidence(Map<String, List<Entity>> entities, List<Line> timeline) {}

    record Entity(String value, long events) {}

    record Line(Instant at, String what) {}
}
