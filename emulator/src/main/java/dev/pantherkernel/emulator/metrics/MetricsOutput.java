package dev.pantherkernel.emulator.metrics;

import java.util.List;
import java.util.Map;

/** {@code MetricsOutput} and its series types. */
record MetricsOutput(
        List<SeriesWithEntityID> alertsPerRule,
        List<SeriesWithBreakdown> alertsPerSeverity,
        List<Series> bytesIngestedPerSource,
        List<SeriesWithBreakdown> bytesProcessedPerSource,
        List<SeriesWithBreakdown> bytesQueriedPerSource,
        List<SeriesWithBreakdown> eventsProcessedPerLogType,
        List<Series> latencyPerLogType,
        double totalAlerts,
        double totalBytesIngested,
        double totalBytesProcessed,
        double totalBytesQueried,
        double totalEventsProcessed) {

    record Series(String label, double value) {}

    record SeriesWithBreakdown(String label, double value, Map<String, Double> breakdown) {}

    record SeriesWithEntityID(String entityId, String label, double value) {}
}
