package dev.pantherkernel.emulator.datalake;

import dev.pantherkernel.emulator.ai.AlertEvidence;
import dev.pantherkernel.emulator.alerts.Alert;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An alert's indicator values and events, read from its rows in the rule matches database. */
public final class RuleMatchEvidence implements AlertEvidence {
    private final DuckDb db;
    private final String database;
    private final Map<String, String> headlines;
    private final List<String> indicatorColumns;

    /**
     * @param headlines        per table, SQL over its fields that says in one line what an event was
     * @param indicatorColumns the {@code p_any_*} columns, in the order a summary lists them
     */
    public RuleMatchEvidence(DuckDb db, String database, Map<String, String> headlines, List<String> indicatorColumns) {
        this.db = db;
        this.database = database;
        this.headlines = Map.copyOf(headlines);
        this.indicatorColumns = List.copyOf(indicatorColumns);
    }

    @Override
    public Evidence of(Alert alert, int values, int events) {
        if (alert.eventTable() == null) {
            return new Evidence(Map.of(), List.of());
        }
        String table = SqlLiterals.identifier(database) + ".public." + SqlLiterals.identifier(alert.eventTable());
        try (Connection c = db.connect()) {
            return new Evidence(values == 0 ? Map.of() : entities(c, table, alert.id(), values),
                    events == 0 ? List.of() : timeline(c, table, alert, events));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the events of alert " + alert.id() + ": " + e.getMessage(), e);
        }
    }

    private Map<String, List<Entity>> entities(Connection c, String table, String alertId, int values) throws SQLException {
        String unnested = indicatorColumns.stream()
                .map(col -> "SELECT %s AS kind, unnest(CAST(%s AS VARCHAR[])) AS value FROM %s WHERE p_alert_id = ?"
                        .formatted(SqlLiterals.string(col), SqlLiterals.identifier(col), table))
                .collect(Collectors.joining(" UNION ALL "));
        String sql = "SELECT kind, value, count(*) AS n FROM (" + unnested + ") GROUP BY kind, value "
                + "QUALIFY row_number() OVER (PARTITION BY kind ORDER BY count(*) DESC, value) <= ? ORDER BY kind, n DESC, value";
        Map<String, List<Entity>> found = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < indicatorColumns.size(); i++) {
                p.setString(i + 1, alertId);
            }
            p.setInt(indicatorColumns.size() + 1, values);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Entity(rs.getString(2), rs.getLong(3)));
                }
            }
        }
        Map<String, List<Entity>> ordered = new LinkedHashMap<>();
        indicatorColumns.stream().filter(found::containsKey).forEach(col -> ordered.put(col, found.get(col)));
        return ordered;
    }

    private List<Line> timeline(Connection c, String table, Alert alert, int events) throws SQLException {
        String headline = headlines.getOrDefault(alert.eventTable(), "p_log_type || ' event ' || p_row_id");
        String sql = "SELECT p_event_time, " + headline + " FROM " + table + " WHERE p_alert_id = ? ORDER BY p_event_time, p_row_id LIMIT ?";
        List<Line> lines = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, alert.id());
            p.setInt(2, events);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    lines.add(new Line(LakeTimes.instant(rs, 1), rs.getString(2)));
                }
            }
        }
        return lines;
    }
}
