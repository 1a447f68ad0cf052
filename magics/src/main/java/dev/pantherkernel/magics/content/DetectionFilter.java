package dev.pantherkernel.magics.content;

import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.values.AlertType;
import dev.pantherkernel.magics.values.Severity;
import java.util.List;

/**
 * Which detections to list: their kinds by the alert subtypes they raise, their state, severities, log types, tags
 * and a part of their name. Empty lists mean any. {@link #listRequest} writes them as the query of a list request,
 * the severities as Panther spells them (HIGH, CRITICAL).
 *
 * @param enabled true for enabled ones only, false for disabled ones only, null for both
 */
@Internal
public record DetectionFilter(List<AlertType> subtypes, Boolean enabled, List<Severity> severities, List<String> logTypes,
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

    /** The request that lists the detections of {@code kind} this filter lets through (one page; the pager goes on). */
    RestRequest listRequest(DetectionKind kind) {
        RestRequest request = RestRequest.get(kind.path());
        if (enabled != null) {
            request = request.query("state", enabled ? "enabled" : "disabled");
        }
        if (!severities.isEmpty()) {
            request = request.query("severity", severities.stream().map(Enum::name).toList());
        }
        if (!logTypes.isEmpty()) {
            request = request.query(kind.logTypeParameter(), logTypes);
        }
        if (!tags.isEmpty()) {
            request = request.query("tag", tags);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            request = request.query("name-contains", nameContains);
        }
        return request;
    }
}
