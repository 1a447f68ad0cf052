package dev.pantherkernel.magics.alerts;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.values.AlertListingType;
import dev.pantherkernel.magics.values.AlertStatus;
import dev.pantherkernel.magics.values.AlertType;
import dev.pantherkernel.magics.values.Severity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which alerts to list, in Panther's terms: a creation window (or one detection), and the API's filters. One value
 * behind both {@code %panther alerts} and {@code Panther.alerts()}, made with {@link #newAlertFilter()}. Panther's
 * values come as its enums; {@link #toInput} writes their names, in the order given.
 */
@Internal
public record AlertFilter(Instant from, Instant to, String detection, List<Severity> severities, List<AlertStatus> statuses,
                          List<AlertType> subtypes, AlertListingType type, String title, List<String> assigneeEmails,
                          List<String> logTypes, List<String> logSources, List<String> resourceTypes,
                          Integer minEvents, Integer maxEvents, boolean oldestFirst) {

    /** Panther's largest accepted page of alerts. */
    public static final int PAGE_SIZE = 50;

    public AlertFilter {
        severities = List.copyOf(severities);
        statuses = List.copyOf(statuses);
        subtypes = List.copyOf(subtypes);
        assigneeEmails = List.copyOf(assigneeEmails);
        logTypes = List.copyOf(logTypes);
        logSources = List.copyOf(logSources);
        resourceTypes = List.copyOf(resourceTypes);
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("a window needs both ends");
        }
        if (from == null && detection == null) {
            throw new UsageException("Panther lists alerts in a time window or of one detection: give --since, "
                    + "--from/--to or --detection");
        }
        if (from != null && !from.isBefore(to)) {
            throw new UsageException("the window is empty: " + TimeText.format(from) + " is not before "
                    + TimeText.format(to));
        }
    }

    /** No window, no filter: the builder's fields are the API's, each left out of the input until set. */
    public static Builder newAlertFilter() {
        return new Builder();
    }

    /** The {@code AlertsInput} of the API; assignee e-mails become ids through {@code idOfEmail}. */
    public Map<String, Object> toInput(Function<String, String> idOfEmail) {
        Map<String, Object> input = new LinkedHashMap<>();
        if (from != null) {
            input.put("createdAtAfter", TimeText.format(from));
            input.put("createdAtBefore", TimeText.format(to));
        }
        if (detection != null) {
            input.put("detectionId", detection);
        }
        putNames(input, "severities", severities);
        putNames(input, "statuses", statuses);
        putNames(input, "subtypes", subtypes);
        if (type != null) {
            input.put("type", type.name());
        }
        if (title != null) {
            input.put("nameContains", title);
        }
        putList(input, "logTypes", logTypes);
        putList(input, "logSources", logSources);
        putList(input, "resourceTypes", resourceTypes);
        if (minEvents != null) {
            input.put("eventCountMin", minEvents);
        }
        if (maxEvents != null) {
            input.put("eventCountMax", maxEvents);
        }
        if (!assigneeEmails.isEmpty()) {
            input.put("assigneeIds", assigneeEmails.stream().map(e -> idOfEmail.apply(e.strip())).toList());
        }
        input.put("sortDir", oldestFirst ? "ascending" : "descending");
        input.put("pageSize", PAGE_SIZE);
        return input;
    }

    private static void putList(Map<String, Object> input, String key, List<String> values) {
        if (!values.isEmpty()) {
            input.put(key, values);
        }
    }

    private static void putNames(Map<String, Object> input, String key, List<? extends Enum<?>> values) {
        putList(input, key, values.stream().map(Enum::name).toList());
    }

    public static final class Builder {
        private Instant from;
        private Instant to;
        private String detection;
        private List<Severity> severities = List.of();
        private List<AlertStatus> statuses = List.of();
        private List<AlertType> subtypes = List.of();
        private AlertListingType type;
        private String title;
        private List<String> assigneeEmails = List.of();
        private List<String> logTypes = List.of();
        private List<String> logSources = List.of();
        private List<String> resourceTypes = List.of();
        private Integer minEvents;
        private Integer maxEvents;
        private boolean oldestFirst;

        private Builder() {
        }

        /** Alerts created in {@code window}; null for none (then a detection is needed). */
        public Builder window(RecentWindow window) {
            from = window == null ? null : window.from();
            to = window == null ? null : window.to();
            return this;
        }

        public Builder detection(String value) {
            detection = value;
            return this;
        }

        public Builder severities(List<Severity> value) {
            severities = value;
            return this;
        }

        public Builder statuses(List<AlertStatus> value) {
            statuses = value;
            return this;
        }

        public Builder subtypes(List<AlertType> value) {
            subtypes = value;
            return this;
        }

        /** What the listing lists; null leaves it to Panther (alerts). */
        public Builder type(AlertListingType value) {
            type = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder assigneeEmails(List<String> value) {
            assigneeEmails = value;
            return this;
        }

        public Builder logTypes(List<String> value) {
            logTypes = value;
            return this;
        }

        public Builder logSources(List<String> value) {
            logSources = value;
            return this;
        }

        public Builder resourceTypes(List<String> value) {
            resourceTypes = value;
            return this;
        }

        public Builder minEvents(Integer value) {
            minEvents = value;
            return this;
        }

        public Builder maxEvents(Integer value) {
            maxEvents = value;
            return this;
        }

        public Builder oldestFirst(boolean value) {
            oldestFirst = value;
            return this;
        }

        public AlertFilter build() {
            return new AlertFilter(from, to, detection, severities, statuses, subtypes, type, title, assigneeEmails,
                    logTypes, logSources, resourceTypes, minEvents, maxEvents, oldestFirst);
        }
    }
}
