package dev.pantherkernel.emulator.datalake;

import dev.pantherkernel.emulator.alerts.AlertEvents;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** An alert's events from {@code <database>.public.<table>} of the rule matches database. */
public final class RuleMatchEvents implements AlertEvents {
    private final DuckDb db;
    private final String database;

    public RuleMatchEvents(DuckDb db, String database) {
        this.db = db;
        this.database = database;
    }

    @Override
    public List<Object> read(String table, String alertId, int offset, int limit) throws SQLException {
        String sql = "SELECT * FROM " + SqlLiterals.identifier(database) + ".public." + SqlLiterals.identifier(table)
                + " WHERE p_alert_id = ? ORDER BY p_event_time, p_row_id LIMIT ? OFFSET ?";
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, alertId);
            p.setInt(2, limit);
            p.setInt(3, offset);
            try (ResultSet rs = p.executeQuery()) {
                return new ArrayList<>(new RowWriter().readAll(rs, () -> false));
            }
        }
    }
}
