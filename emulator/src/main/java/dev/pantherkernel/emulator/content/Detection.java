package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.alerts.Severity;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A detection as Panther keeps it: one record for the four kinds, each using the fields of its kind (log types for
 * rules and simple rules, resource types for policies, query names for scheduled rules; Python {@code body} for all
 * but simple rules, whose match is the YAML text {@code detection}). Simple rules also carry their other YAML parts
 * as text. {@code createdBy} and {@code lastModifiedBy} are a {@code User} or an {@code ApiToken}; null means Panther
 * itself (managed content). Values are immutable: a change makes a new one through {@link #transform}.
 */
public record Detection(
        DetectionKind kind,
        String id,
        String displayName,
        boolean enabled,
        Severity severity,
        List<String> logTypes,
        List<String> resourceTypes,
        List<String> scheduledQueries,
        List<String> tags,
        String description,
        String runbook,
        String reference,
        int dedupPeriodMinutes,
        int threshold,
        String body,
        String detection,
        String inlineFilters,
        String alertTitle,
        String alertContext,
        String dynamicSeverities,
        String groupBy,
        Map<String, List<String>> reports,
        List<String> outputIds,
        List<String> summaryAttributes,
        List<String> suppressions,
        List<UnitTest> tests,
        boolean managed,
        Object createdBy,
        String createdByExternal,
        Instant createdAt,
        Object lastModifiedBy,
        Instant lastModified) {

    /** Panther's defaults for rules that do not say. */
    public static final int DEFAULT_DEDUP_MINUTES = 60;
    public static final int DEFAULT_THRESHOLD = 1;

    public Detection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        logTypes = List.copyOf(logTypes);
        resourceTypes = List.copyOf(resourceTypes);
        scheduledQueries = List.copyOf(scheduledQueries);
        tags = List.copyOf(tags);
        reports = Collections.unmodifiableMap(new TreeMap<>(reports));
        outputIds = List.copyOf(outputIds);
        summaryAttributes = List.copyOf(summaryAttributes);
        suppressions = List.copyOf(suppressions);
        tests = List.copyOf(tests);
    }

    public static Builder newDetection(DetectionKind kind, String id) {
        return new Builder(kind, id);
    }

    /** The name shown for it: its display name, or its id when it has none. */
    public String name() {
        return displayName == null || displayName.isBlank() ? id : displayName;
    }

    /** True when both say the same thing, whoever made them and when. */
    public boolean sameContentAs(Detection other) {
        return other != null && withoutHistory().equals(other.withoutHistory());
    }

    private Detection withoutHistory() {
        return transform(b -> b.managed(false).createdBy(null).createdAt(null).lastModifiedBy(null).lastModified(null));
    }

    /** A copy of this detection with {@code changes} made. */
    public Detection transform(Consumer<Builder> changes) {
        Builder b = new Builder(kind, id);
        b.displayName = displayName;
        b.enabled = enabled;
        b.severity = severity;
        b.logTypes = logTypes;
        b.resourceTypes = resourceTypes;
        b.scheduledQueries = scheduledQueries;
        b.tags = tags;
        b.description = description;
        b.runbook = runbook;
        b.reference = reference;
        b.dedupPeriodMinutes = dedupPeriodMinutes;
        b.threshold = threshold;
        b.body = body;
        b.detection = detection;
        b.inlineFilters = inlineFilters;
        b.alertTitle = alertTitle;
        b.alertContext = alertContext;
        b.dynamicSeverities = dynamicSeverities;
        b.groupBy = groupBy;
        b.reports = reports;
        b.outputIds = outputIds;
        b.summaryAttributes = summaryAttributes;
        b.suppressions = suppressions;
        b.tests = tests;
        b.managed = managed;
        b.createdBy = createdBy;
        b.createdByExternal = createdByExternal;
        b.createdAt = createdAt;
        b.lastModifiedBy = lastModifiedBy;
        b.lastModified = lastModified;
        changes.accept(b);
        return b.build();
    }

    /** Builds a detection; lists default to empty, dedup and threshold to Panther's defaults, enabled to true. */
    public static final class Builder {
        private final DetectionKind kind;
        private final String id;
        private String displayName = "";
        private boolean enabled = true;
        private Severity severity = Severity.INFO;
        private List<String> logTypes = List.of();
        private List<String> resourceTypes = List.of();
        private List<String> scheduledQueries = List.of();
        private List<String> tags = List.of();
        private String description = "";
        private String runbook = "";
        private String reference = "";
        private int dedupPeriodMinutes = DEFAULT_DEDUP_MINUTES;
        private int threshold = DEFAULT_THRESHOLD;
        private String body;
        private String detection;
        private String inlineFilters;
        private String alertTitle;
        private String alertContext;
        private String dynamicSeverities;
        private String groupBy;
        private Map<String, List<String>> reports = Map.of();
        private List<String> outputIds = List.of();
        private List<String> summaryAttributes = List.of();
        private List<String> suppressions = List.of();
        private List<UnitTest> tests = List.of();
        private boolean managed;
        private Object createdBy;
        private String createdByExternal;
        private Instant createdAt;
        private Object lastModifiedBy;
        private Instant lastModified;

        private Builder(DetectionKind kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        public Builder displayName(String value) {
            displayName = value;
            return this;
        }

        public Builder enabled(boolean value) {
            enabled = value;
            return this;
        }

        public Builder severity(Severity value) {
            severity = value;
            return this;
        }

        public Builder logTypes(List<String> value) {
            logTypes = value;
            return this;
        }

        public Builder resourceTypes(List<String> value) {
            resourceTypes = value;
            return this;
        }

        public Builder scheduledQueries(List<String> value) {
            scheduledQueries = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder runbook(String value) {
            runbook = value;
            return this;
        }

        public Builder reference(String value) {
            reference = value;
            return this;
        }

        public Builder dedupPeriodMinutes(int value) {
            dedupPeriodMinutes = value;
            return this;
        }

        public Builder threshold(int value) {
            threshold = value;
            return this;
        }

        /** Python source (rules, scheduled rules, policies). */
        public Builder body(String value) {
            body = value;
            return this;
        }

        /** The YAML match expression of a simple rule, as text. */
        public Builder detection(String value) {
            detection = value;
            return this;
        }

        public Builder inlineFilters(String value) {
            inlineFilters = value;
            return this;
        }

        public Builder alertTitle(String value) {
            alertTitle = value;
            return this;
        }

        public Builder alertContext(String value) {
            alertContext = value;
            return this;
        }

        public Builder dynamicSeverities(String value) {
            dynamicSeverities = value;
            return this;
        }

        public Builder groupBy(String value) {
            groupBy = value;
            return this;
        }

        public Builder reports(Map<String, List<String>> value) {
            reports = value;
            return this;
        }

        public Builder outputIds(List<String> value) {
            outputIds = value;
            return this;
        }

        public Builder summaryAttributes(List<String> value) {
            summaryAttributes = value;
            return this;
        }

        public Builder suppressions(List<String> value) {
            suppressions = value;
            return this;
        }

        public Builder tests(List<UnitTest> value) {
            tests = value;
            return this;
        }

        public Builder managed(boolean value) {
            managed = value;
            return this;
        }

        public Builder createdBy(Object value) {
            createdBy = value;
            return this;
        }

        /** Free text naming who made it outside Panther (the {@code CreatedBy} key of an uploaded file). */
        public Builder createdByExternal(String value) {
            createdByExternal = value;
            return this;
        }

        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public Builder lastModifiedBy(Object value) {
            lastModifiedBy = value;
            return this;
        }

        public Builder lastModified(Instant value) {
            lastModified = value;
            return this;
        }

        public Detection build() {
            return new Detection(kind, id, displayName, enabled, severity, logTypes, resourceTypes, scheduledQueries, tags,
                    description, runbook, reference, dedupPeriodMinutes, threshold, body, detection, inlineFilters, alertTitle,
                    alertContext, dynamicSeverities, groupBy, reports, outputIds, summaryAttributes, suppressions, tests,
                    managed, createdBy, createdByExternal, createdAt, lastModifiedBy, lastModified);
        }
    }
}
