package dev.pantherkernel.magics.command;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/** The metrics Panther keeps (the fields of {@code MetricsOutput}), by the names the {@code metrics} command takes. */
enum Metric {
    ALERTS_PER_SEVERITY("alertsPerSeverity { label value breakdown }"),
    ALERTS_PER_RULE("alertsPerRule { entityId label value }"),
    EVENTS_PER_LOG_TYPE("eventsProcessedPerLogType { label value breakdown }"),
    BYTES_INGESTED_PER_SOURCE("bytesIngestedPerSource { label value }"),
    BYTES_PROCESSED_PER_SOURCE("bytesProcessedPerSource { label value breakdown }"),
    BYTES_QUERIED_PER_SOURCE("bytesQueriedPerSource { label value breakdown }"),
    LATENCY_PER_LOG_TYPE("latencyPerLogType { label value }"),
    TOTALS("totalAlerts totalBytesIngested totalBytesProcessed totalBytesQueried totalEventsProcessed");

    private final String selection;

    Metric(String selection) {
        this.selection = selection;
    }

    /** {@code alerts-per-severity}: the name the command takes. */
    String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What the metric selects inside {@code metrics { ... }}. */
    String selection() {
        return selection;
    }

    /** The field of {@code MetricsOutput} that holds the series (the totals are several fields). */
    String field() {
        return selection.substring(0, selection.indexOf(' '));
    }

    static Optional<Metric> of(String word) {
        return Arrays.stream(values()).filter(m -> m.word().equalsIgnoreCase(word.strip())).findFirst();
    }

    /** The names, for completion and help. */
    static final class Words implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(Metric::word).iterator();
        }
    }
}
