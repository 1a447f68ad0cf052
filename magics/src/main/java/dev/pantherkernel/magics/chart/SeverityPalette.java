package dev.pantherkernel.magics.chart;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Series named after Panther's severities are drawn in severity order with the colours analysts expect
 * (critical red through info grey), whatever the table's order.
 */
final class SeverityPalette {

    private static final List<String> ORDER = List.of("INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL");
    private static final Map<String, String> COLOURS = Map.of("INFO", "#9e9e9e", "LOW", "#4e79a7",
            "MEDIUM", "#f2b701", "HIGH", "#f28e2b", "CRITICAL", "#d62728");

    private SeverityPalette() {
    }

    static boolean applies(Collection<String> series) {
        return !series.isEmpty() && ORDER.containsAll(series);
    }

    static int rank(String severity) {
        return ORDER.indexOf(severity);
    }

    static Optional<String> colour(String series) {
        return Optional.ofNullable(COLOURS.get(series));
    }
}
