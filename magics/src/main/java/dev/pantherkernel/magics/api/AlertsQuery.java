package dev.pantherkernel.magics.api;

import dev.pantherkernel.magics.alerts.AlertFilter;
import dev.pantherkernel.magics.alerts.AlertListing;
import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.values.AlertStatus;
import dev.pantherkernel.magics.values.Severity;
import tech.tablesaw.api.Table;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Alerts from Java, the same engine as {@code %panther alerts}:
 * {@code Panther.alerts().since(Duration.ofDays(7)).severities(HIGH, CRITICAL).fetch()}. Immutable: each call
 * returns a new query.
 */
@PublicApi
public final class AlertsQuery {

    private final PantherSession session;
    private final Clock clock;
    private final Duration since;
    private final Instant from;
    private final Instant to;
    private final String detection;
    private final List<Severity> severities;
    private final List<AlertStatus> statuses;
    private final String title;
    private final long limit;
    private final boolean allColumns;

    private AlertsQuery(Builder b) {
        this.session = b.session;
        this.clock = b.clock;
        this.since = b.since;
        this.from = b.from;
        this.to = b.to;
        this.detection = b.detection;
        this.severities = b.severities;
        this.statuses = b.statuses;
        this.title = b.title;
        this.limit = b.limit;
        this.allColumns = b.allColumns;
    }

    /** A query of the session's alerts, every part unset: a week's alerts, every page, the usual columns. */
    static Builder newAlertsQuery(PantherSession session, Clock clock) {
        return new Builder(session, clock);
    }

    /** A copy of this query with {@code changes} made. */
    AlertsQuery transform(Consumer<Builder> changes) {
        Builder b = new Builder(session, clock).since(since).between(from, to).detection(detection).severities(severities)
                .statuses(statuses).title(title).limit(limit).allColumns(allColumns);
        changes.accept(b);
        return b.build();
    }

    /** Alerts created in the last {@code window} (the default is 7 days). */
    public AlertsQuery since(Duration window) {
        return transform(b -> b.since(window).between(null, null));
    }

    /** Alerts created from {@code start} (inclusive) to {@code end}. */
    public AlertsQuery between(Instant start, Instant end) {
        return transform(b -> b.since(null).between(start, end));
    }

    /** Alerts of one detection; with no window given, of any age. */
    public AlertsQuery detection(String detectionId) {
        return transform(b -> b.detection(detectionId));
    }

    public AlertsQuery severities(Severity... wanted) {
        return transform(b -> b.severities(List.of(wanted)));
    }

    public AlertsQuery statuses(AlertStatus... wanted) {
        return transform(b -> b.statuses(List.of(wanted)));
    }

    public AlertsQuery titleContains(String text) {
        return transform(b -> b.title(text));
    }

    /** At most {@code rows} alerts; the result says when Panther had more. */
    public AlertsQuery limit(long rows) {
        return transform(b -> b.limit(rows));
    }

    /** Every column, not only the usual eight. */
    public AlertsQuery allColumns() {
        return transform(b -> b.allColumns(true));
    }

    /** Runs the query: every page, one row per alert. */
    public Result fetch() {
        // of one detection and no window given: alerts of any age; otherwise the window (a week unless said)
        RecentWindow window = since == null && from == null && detection != null ? null
                : RecentWindow.of(since, from, to, clock.instant());
        AlertFilter filter = AlertFilter.newAlertFilter().window(window).detection(detection).severities(severities)
                .statuses(statuses).title(title).build();
        return session.deliver(() -> {
            Result fetched = AlertListing.fetch(session.connection(), filter, limit,
                    allColumns ? List.of() : AlertListing.DEFAULT_COLUMNS);
            return window == null ? fetched
                    : fetched.transform(b -> b.detail(window.footer(fetched.table().rowCount(), "alerts")));
        });
    }

    /** {@link #fetch()}, as the table alone. */
    public Table table() {
        return fetch().table();
    }

    /** The parts of a query, set one by one ({@link #newAlertsQuery}, {@link #transform}). */
    static final class Builder {
        private final PantherSession session;
        private final Clock clock;
        private Duration since;
        private Instant from;
        private Instant to;
        private String detection;
        private List<Severity> severities = List.of();
        private List<AlertStatus> statuses = List.of();
        private String title;
        private long limit;
        private boolean allColumns;

        private Builder(PantherSession session, Clock clock) {
            this.session = session;
            this.clock = clock;
        }

        Builder since(Duration window) {
            this.since = window;
            return this;
        }

        Builder between(Instant start, Instant end) {
            this.from = start;
            this.to = end;
            return this;
        }

        Builder detection(String detectionId) {
            this.detection = detectionId;
            return this;
        }

        Builder severities(List<Severity> wanted) {
            this.severities = wanted;
            return this;
        }

        Builder statuses(List<AlertStatus> wanted) {
            this.statuses = wanted;
            return this;
        }

        Builder title(String text) {
            this.title = text;
            return this;
        }

        Builder limit(long rows) {
            this.limit = rows;
            return this;
        }

        Builder allColumns(boolean all) {
            this.allColumns = all;
            return this;
        }

        AlertsQuery build() {
            return new AlertsQuery(this);
        }
    }
}
