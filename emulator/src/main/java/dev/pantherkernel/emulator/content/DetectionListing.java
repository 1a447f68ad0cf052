package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.alerts.Severity;
import dev.pantherkernel.emulator.rest.Actor;
import dev.pantherkernel.emulator.rest.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The filters every detection listing takes ({@code name-contains}, {@code state}, {@code severity}, {@code tag},
 * {@code created-by}, {@code last-modified-by}), read from the query as one predicate. Text matches ignore case; a
 * list filter matches a detection that has any of the values.
 */
final class DetectionListing {
    private DetectionListing() {}

    static Predicate<Detection> of(QueryParameters q) {
        String contains = lower(q.string("name-contains"));
        String state = q.oneOf("state", List.of("enabled", "disabled"), null);
        Set<Severity> severities = q.enums("severity", Severity.class);
        List<String> tags = q.strings("tag");
        String createdBy = q.string("created-by");
        String modifiedBy = q.string("last-modified-by");
        return d -> (contains == null || lower(d.id()).contains(contains) || lower(d.name()).contains(contains))
                && (state == null || d.enabled() == state.equals("enabled"))
                && (severities == null || severities.contains(d.severity()))
                && (tags == null || d.tags().stream().anyMatch(t -> tags.stream().anyMatch(t::equalsIgnoreCase)))
                && (createdBy == null || createdBy.equals(idOf(d.createdBy())))
                && (modifiedBy == null || modifiedBy.equals(idOf(d.lastModifiedBy())));
    }

    /** Matches a detection that lists any of the wanted values (no filter when the parameter is absent). */
    static Predicate<Detection> anyOf(QueryParameters q, String parameter, Function<Detection, List<String>> values) {
        List<String> wanted = q.strings(parameter);
        return d -> wanted == null || values.apply(d).stream().anyMatch(wanted::contains);
    }

    static String idOf(Object actor) {
        Actor a = Actor.of(actor);
        return a == null ? null : a.id();
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
