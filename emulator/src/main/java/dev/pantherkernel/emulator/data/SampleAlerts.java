package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.string;
import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.timestamp;

import dev.pantherkernel.emulator.alerts.Alert;
import dev.pantherkernel.emulator.alerts.AlertDelivery;
import dev.pantherkernel.emulator.alerts.AlertStatus;
import dev.pantherkernel.emulator.alerts.AlertType;
import dev.pantherkernel.emulator.alerts.Origins;
import dev.pantherkernel.emulator.alerts.Severity;
import dev.pantherkernel.emulator.auth.User;
import dev.pantherkernel.emulator.datalake.DuckDb;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the sample detections over the generated logs: their matches go to the rule matches database
 * (so alert events are real rows), and each group of matches becomes an alert. Status, assignee and
 * deliveries follow from the alert id and its age, so the same seed gives the same alerts.
 */
public final class SampleAlerts {
    private static final String SLACK = "b9c2f7a0-3d1e-4c5b-9a8f-0e6d2c4b1a00";
    private static final String PAGERDUTY = "5f0e8d7c-6b5a-4f3e-8d2c-1b0a9f8e7d00";
    private static final Duration THREE_DAYS = Duration.ofDays(3);
    private static final Duration SYSTEM_ERROR_HOURS = Duration.ofHours(5).plusMinutes(45);

    private SampleAlerts() {}

    /**
     * Runs the sample detections over the generated logs: each match goes to the rule matches table of its log table,
     * with the alert it raises. Matches are grouped by time windows of the detection, so this is done once, where the
     * logs are generated (a shifted copy of the logs keeps the groups it was packed with).
     */
    public static void fillMatches(DuckDb db, long seed, Instant anchor) throws SQLException {
        List<Callable<Void>> work = new ArrayList<>();
        byTable().forEach((table, specs) -> work.add(() -> {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (DetectionSpec spec : specs) {
                    s.execute(matchesSql(spec, seed, anchor));
                }
            }
            return null;
        }));
        // detections of different tables are independent: one connection per table, in parallel
        Parallel.all(work);
    }

    /**
     * The alerts: one per group of rule matches (read from the matches tables, as {@link #fillMatches} left them or as
     * the packed demo holds them), then Panther's own system errors and the story's silent source, all as of
     * {@code anchor}, the time the data ends at. Every time here is the anchor or a match's time moved by a fixed
     * amount, so data shifted in time gives the same alerts shifted by as much.
     */
    public static List<Alert> fromMatches(DuckDb db, long seed, Instant anchor, List<User> analysts, Story story)
            throws SQLException {
        Map<String, LogTable> tables = SampleDataLake.TABLES.stream().collect(Collectors.toMap(LogTable::name, Function.identity()));
        List<Callable<List<Alert>>> work = new ArrayList<>();
        byTable().forEach((table, specs) -> work.add(() -> {
            List<Alert> found = new ArrayList<>();
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (DetectionSpec spec : specs) {
                    try (ResultSet rs = s.executeQuery(alertsSql(spec))) {
                        while (rs.next()) {
                            found.add(alert(spec, tables.get(table), rs, anchor, analysts));
                        }
                    }
                }
            }
            return found;
        }));
        List<Alert> alerts = new ArrayList<>();
        for (List<Alert> found : Parallel.all(work)) {
            alerts.addAll(found);
        }
        alerts.addAll(systemErrors(seed, anchor));
        alerts.addAll(silentSources(seed, anchor, story));
        return alerts;
    }

    private static Map<String, List<DetectionSpec>> byTable() {
        return DetectionSpec.all().stream().collect(Collectors.groupingBy(DetectionSpec::table, TreeMap::new, Collectors.toList()));
    }

    private static String matchesSql(DetectionSpec spec, long seed, Instant anchor) {
        String bucket = "time_bucket(INTERVAL '%s', p_event_time)".formatted(spec.window());
        return """
            INSERT INTO %s.public.%s BY NAME
            SELECT * EXCLUDE (gen_n, gen_last),
                   least(gen_last + INTERVAL 90 SECOND, %s) AS p_alert_creation_time,
                   least(gen_last + INTERVAL 90 SECOND, %s) AS p_alert_update_time
            FROM (
              SELECT t.*,
                     md5(concat_ws('|', %d, %s, CAST(%s AS VARCHAR), CAST(%s AS VARCHAR))) AS p_alert_id,
                     %s AS p_rule_id,
                     %s AS p_rule_severity,
                     count(*) OVER w AS gen_n,
                     max(p_event_time) OVER w AS gen_last
              FROM %s.public.%s t
              WHERE %s
              WINDOW w AS (PARTITION BY %s, %s)
            )
            WHERE gen_n >= %d
            """.formatted(SampleDataLake.MATCHES, spec.table(), timestamp(anchor), timestamp(anchor), seed,
                string(spec.id()), spec.dedup(), bucket, string(spec.id()), string(spec.severity().name()),
                SampleDataLake.LOGS, spec.table(), spec.predicate(), spec.dedup(), bucket, spec.threshold());
    }

    private static String alertsSql(DetectionSpec spec) {
        return """
            SELECT p_alert_id, count(*) AS events, min(p_event_time) AS first_event, max(p_event_time) AS last_event,
                   max(p_alert_creation_time) AS created, CAST(arg_min(%s, p_event_time) AS VARCHAR) AS dedup
            FROM %s.public.%s
            WHERE p_rule_id = %s
            GROUP BY p_alert_id
            ORDER BY p_alert_id
            """.formatted(spec.dedup(), SampleDataLake.MATCHES, spec.table(), string(spec.id()));
    }

    /** The alert of one group of matches; its origin is its detection, by id (see {@code Alert}). */
    private static Alert alert(DetectionSpec spec, LogTable table, ResultSet rs, Instant anchor, List<User> analysts)
            throws SQLException {
        String id = rs.getString("p_alert_id");
        Instant created = instant(rs, "created");
        Instant last = instant(rs, "last_event");
        Alert base = new Alert(id, spec.titleFormat().formatted(rs.getString("dedup")), spec.description(),
                spec.severity(), AlertStatus.OPEN, spec.alertType(), created, instant(rs, "first_event"), last, null, null,
                null, spec.reference(), spec.runbook(), deliveries(id, spec.severity(), created), null, spec.id(),
                rs.getInt("events"), spec.table(), List.of(table.logType()), List.of(table.sourceLabel()),
                spec.resourceTypes());
        return triaged(base, anchor, analysts);
    }

    /** Older alerts are mostly dealt with, recent ones mostly open; the id decides which, so the seed does. */
    private static Alert triaged(Alert alert, Instant anchor, List<User> analysts) {
        long h = Long.parseLong(alert.id().substring(0, 8), 16);
        int roll = (int) (h % 10);
        boolean old = alert.createdAt().isBefore(anchor.minus(THREE_DAYS));
        AlertStatus status = old
                ? (roll < 6 ? AlertStatus.RESOLVED : roll < 8 ? AlertStatus.CLOSED : roll < 9 ? AlertStatus.TRIAGED : AlertStatus.OPEN)
                : (roll < 5 ? AlertStatus.OPEN : roll < 8 ? AlertStatus.TRIAGED : roll < 9 ? AlertStatus.RESOLVED : AlertStatus.CLOSED);
        if (status == AlertStatus.OPEN && h % 3 != 0) {
            return alert;
        }
        User analyst = analysts.get((int) (h / 10 % analysts.size()));
        Instant updated = alert.createdAt().plus(Duration.ofMinutes(5 + h / 7 % 600));
        if (updated.isAfter(anchor)) {
            updated = anchor;
        }
        return new Alert(alert.id(), alert.title(), alert.description(), alert.severity(), status, alert.type(),
                alert.createdAt(), alert.firstEventOccurredAt(), alert.lastReceivedEventAt(), updated, analyst,
                analyst.id(), alert.reference(), alert.runbook(), alert.deliveries(), alert.origin(), alert.detectionId(),
                alert.eventCount(), alert.eventTable(), alert.logTypes(), alert.logSources(), alert.resourceTypes());
    }

    private static List<AlertDelivery> deliveries(String id, Severity severity, Instant created) {
        boolean failed = Long.parseLong(id.substring(8, 12), 16) % 37 == 0;
        List<AlertDelivery> out = new ArrayList<>();
        out.add(new AlertDelivery(created.plusSeconds(3), "Slack #security-alerts", failed ? "rate limited" : "",
                SLACK, failed ? 429 : 200, !failed, "https://hooks.slack.example/services/T000/B000"));
        if (severity == Severity.CRITICAL || severity == Severity.HIGH) {
            out.add(new AlertDelivery(created.plusSeconds(4), "PagerDuty Security On-Call", "", PAGERDUTY, 202, true,
                    "https://events.pagerduty.example/v2/enqueue"));
        }
        return out;
    }

    /**
     * Panther's own problems: a log source that went quiet now and then, and a failed delivery. Each at a fixed time
     * before the anchor (not at a time of day), so that a shifted demo has them shifted too.
     */
    private static List<Alert> systemErrors(long seed, Instant anchor) {
        List<Alert> out = new ArrayList<>();
        for (int day = 2; day < 30; day += 4) {
            Instant created = anchor.minus(Duration.ofDays(day).plus(SYSTEM_ERROR_HOURS));
            boolean delivery = day % 12 == 2;
            String id = UUID.nameUUIDFromBytes(("system|" + seed + "|" + day).getBytes(StandardCharsets.UTF_8))
                    .toString().replace("-", "");
            Alert alert = new Alert(id,
                    delivery ? "Alert delivery to Slack #security-alerts failed" : "Log source VPC Flow Logs prod sent no data",
                    delivery ? "An alert could not be delivered to a destination" : "No data was received for 6 hours",
                    delivery ? Severity.MEDIUM : Severity.LOW, day > 5 ? AlertStatus.RESOLVED : AlertStatus.OPEN,
                    AlertType.SYSTEM_ERROR, created, null, created, null, null, null, "", "Check the integration's health page.",
                    List.of(), new Origins.SystemError(delivery ? "DESTINATION" : "LOG_SOURCE",
                            delivery ? "ALERT_DELIVERY" : "SOURCE_NO_DATA"),
                    null, 0, null, List.of(), List.of(), List.of());
            out.add(alert);
        }
        return out;
    }

    /** Panther's "no data" alert for each source that went quiet in the story: raised six hours into the silence, open. */
    private static List<Alert> silentSources(long seed, Instant anchor, Story story) {
        List<Alert> out = new ArrayList<>();
        for (LogTable table : SampleDataLake.TABLES) {
            table.silencedAt(story).map(t -> t.plus(Duration.ofHours(6))).filter(at -> !at.isAfter(anchor)).ifPresent(created -> {
                String id = UUID.nameUUIDFromBytes(("silent|" + seed + "|" + table.name()).getBytes(StandardCharsets.UTF_8))
                        .toString().replace("-", "");
                out.add(new Alert(id, "Log source " + table.sourceLabel() + " sent no data", "No data was received for 6 hours",
                        Severity.LOW, AlertStatus.OPEN, AlertType.SYSTEM_ERROR, created, null, created, null, null, null, "",
                        "Check the integration's health page.", List.of(), new Origins.SystemError("LOG_SOURCE", "SOURCE_NO_DATA"),
                        null, 0, null, List.of(), List.of(table.sourceLabel()), List.of()));
            });
        }
        return out;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
