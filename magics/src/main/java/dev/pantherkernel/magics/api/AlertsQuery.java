package dev.pantherkernel.magics.api;

import dev.pantherkernel.magics.alerts.AlertFilter;
import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.alerts.AlertListing;
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
        this(session, clock, null, null, null, null, List.of(), List.of(), null, 0, false);
    }

    private AlertsQuery(PantherSession session, Clock clock, Duration since, Instant from, Instant to, String detection,
                        List<String> severities, List<String> statuses, String title, long limit, boolean allColumns) {
        this.session = session;
        this.clock = clock;
        this.since = since;
        this.from = from;
        this.to = to;
        this.detection = detection;
        this.severities = severities;
        this.statuses = statuses;
        this.title = title;
        this.limit = limit;
        this.allColumns = allColumns;
    }

    /** Alerts created in the last {@code window} (the default is 7 days). */
    public AlertsQuery since(Duration window) {
        return new AlertsQuery(session, clock, window, null, null, detection, severities, statuses, title, limit, allColumns);
    }

    /** Alerts created from {@code start} (inclusive) to {@code end}. */
    public AlertsQuery between(Instant start, Instant end) {
        return new AlertsQuery(session, clock, null, start, end, detection, severities, statuses, title, limit, allColumns);
    }

    /** Alerts of one detection; with no window given, of any age. */
    public AlertsQuery detection(String detectionId) {
        return new AlertsQuery(session, clock, since, from, to, detectionId, severities, statuses, title, limit, allColumns);
    }

    public AlertsQuery severities(Severity... wanted) {
        return new AlertsQuery(session, clock, since, from, to, detection,
                Arrays.stream(wanted).map(Enum::name).toList(), statuses, title, limit, allColumns);
    }

    public AlertsQuery statuses(AlertStatus... wanted) {
        return new AlertsQuery(session, clock, since, from, to, detection, severities,
                Arrays.stream(wanted).map(Enum::name).toList(), title, limit, allColumns);
    }

    public AlertsQuery titleContains(String text) {
        return new AlertsQuery(session, clock, since, from, to, detection, severities, statuses, text, limit, allColumns);
    }

    /** At most {@code rows} alerts; the result says when Panther had more. */
    public AlertsQuery limit(long rows) {
        return new AlertsQuery(session, clock, since, from, to, detection, severities, statuses, title, rows, allColumns);
    }

    /** Every column, not only the usual eight. */
    public AlertsQuery allColumns() {
        return new AlertsQuery(session, clock, since, from, to, detection, severities, statuses, title, limit, true);
    }

    /** Runs the query: every page, one row per alert. */
    public Result fetch() {
        // of one detection and no window given: alerts of any age; otherwise the window (a week unless said)
        RecentWindow window = since == null && from == null && detection != null ? null
                : RecentWindow.of(since, from, to, clock.instant());
        AlertFilter filter = new AlertFilter(window == null ? null : window.from(), window == null ? null : window.to(),
                detection, severities, statuses, List.of(), null, title,
                List.of(), List.of(), List.of(), List.of(), null, null, false);
        Result result = AlertListing.fetch(session.connection(), filter, limit,
                allColumns ? List.of() : AlertListing.DEFAULT_COLUMNS);
        session.remember(result);
        return result;
    }

    /** {@link #fetch()}, as the table alone. */
    public Table table() {
        return fetch().table();
    }
}
