package dev.pantherkernel.magics.content;

import dev.pantherkernel.magics.core.Internal;
import java.util.List;

/**
 * Which detections to list: their kinds by the alert subtypes they raise, their state, severities, log types, tags
 * and a part of their name. Empty lists mean any. Severities are Panther's names (HIGH, CRITICAL).
 *
 * @param enabled true for enabled ones only, false for disabled ones only, null for both
 */
@Internal
public record DetectionFilter(List<String> subtypes, Boolean enabled, List<String> severities, List<String> logTypes,
                              List<String> tags, String nameContains) {

    public DetectionFilter {
        subtypes = List.copyOf(subtypes);
        severities = List.copyOf(severities);
        logTypes = List.copyOf(logTypes);
        tags = List.copyOf(tags);
    }

    public static DetectionFilter all() {
        return new DetectionFilter(List.of(), null, List.of(), List.of(), List.of(), null);
    }
}
