package dev.pantherkernel.magics.api;

import dev.pantherkernel.magics.alerts.AlertFilter;
import dev.pantherkernel.magics.alerts.AlertListing;
import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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
    private final List<String> severities;
    private final List<String> statuses;
    private final String title;
    private final long limit;
    private final boolean allColumns;

    AlertsQuery(PantherSession session, Clock clock) {
        this(new Builder(session, clock));
    }

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

    /** Alerts created in the last {@code window} (the default is 7 days). */
    public AlertsQuery since(Duration window) {
        Builder b = toBuilder();
        b.since = window;
        b.from = null;
        b.to = null;
        return b.build();
    }

    /** Alerts created from {@code start} (inclusive) to {@code end}. */
    public AlertsQuery between(Instant start, Instant end) {
        Builder b = toBuilder();
        b.since = null;
        b.from = start;
        b.to = end;
        return b.build();
    }

    /** Alerts of one detection; with no window given, of any age. */
    public AlertsQuery detection(String detectionId) {
        Builder b = toBuilder();
        b.detection = detectionId;
        return b.build();
    }

    public AlertsQuery severities(Severity... wanted) {
        Builder b = toBuilder();
        b.severities = Arrays.stream(wanted).map(Enum::name).toList();
        return b.build();
    }

    public AlertsQuery statuses(AlertStatus... wanted) {
        Builder b = toBuilder();
        b.statuses = Arrays.stream(wanted).map(Enum::name).toList();
        return b.build();
    }

    public AlertsQuery titleContains(String text) {
        Builder b = toBuilder();
        b.title = text;
        return b.build();
    }

    /** At most {@code rows} alerts; the result says when Panther had more. */
    public AlertsQuery limit(long rows) {
        Builder b = toBuilder();
        b.limit = rows;
        return b.build();
    }

    /** Every column, not only the usual eight. */
    public AlertsQuery allColumns() {
        Builder b = toBuilder();
        b.allColumns = true;
        return b.build();
    }

    /** Runs the query: every page, one row per alert. */
    public Result fetch() {
        // of one detection and no window given: alerts of any age; otherwise the window (a week unless said)
        RecentWindow window = since == null && from == null && detection != null ? null
                : RecentWindow.of(since, from, to, clock.instant());
        AlertFilter filter = AlertFilter.builder().window(window).detection(detection).severities(severities)
                .statuses(statuses).title(title).build();
        return session.deliver(() -> {
            Result fetched = AlertListing.fetch(session.connection(), filter, limit,
                    allColumns ? List.of() : AlertListing.DEFAULT_COLUMNS);
            return window == null ? fetched
                    : fetched.toBuilder().detail(window.footer(fetched.table().rowCount(), "alerts")).build();
        });
    }

    /** {@link #fetch()}, as the table alone. */
    public Table table() {
        return fetch().table();
    }

    private Builder toBuilder() {
        Builder b = new Builder(session, clock);
        b.since = since;
        b.from = from;
        b.to = to;
        b.detection = detection;
        b.severities = severities;
        b.statuses = statuses;
        b.title = title;
        b.limit = limit;
        b.allColumns = allColumns;
        return b;
    }

    /** The query's parts while one call changes some: each public method copies, changes and builds. */
    private static final class Builder {
        private final PantherSession session;
        private final Clock clock;
        private Duration since;
        private Instant from;
        private Instant to;
        private String detection;
        private List<String> severities = List.of();
        private List<String> statuses = List.of();
        private String title;
        private long limit;
        private boolean allColumns;

        private Builder(PantherSession session, Clock clock) {
            this.session = session;
            this.clock = clock;
        }

        private AlertsQuery build() {
            return new AlertsQuery(this);
        }
    }
}
