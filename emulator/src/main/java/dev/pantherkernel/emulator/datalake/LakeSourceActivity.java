package dev.pantherkernel.emulator.datalake;

import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import dev.pantherkernel.emulator.sources.SourceActivity;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each source's newest event and processing time, read from the log tables by {@code p_source_id}. The tables do
 * not change once loaded, so they are read once, when a client first asks (not at start-up).
 */
public final class LakeSourceActivity implements SourceActivity {
    private final DuckDb db;
    private final String database;
    private final List<String> tables;
    private Map<String, Activity> bySource;

    public LakeSourceActivity(DuckDb db, String database, List<String> tables) {
        this.db = db;
        this.database = database;
        this.tables = List.copyOf(tables);
    }

    @Override
    public Optional<Activity> of(String sourceId) {
        return Optional.ofNullable(all().get(sourceId));
    }

    private synchronized Map<String, Activity> all() {
        if (bySource == null) {
            bySource = read();
        }
        return bySource;
    }

    private Map<String, Activity> read() {
        Map<String, Activity> out = new HashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : tables) {
                String sql = "SELECT p_source_id, max(p_event_time), max(p_parse_time) FROM %s.public.%s GROUP BY p_source_id"
                        .formatted(SqlLiterals.identifier(database), SqlLiterals.identifier(table));
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        out.merge(rs.getString(1), new Activity(LakeTimes.instant(rs, 2), LakeTimes.instant(rs, 3)), LakeSourceActivity::newer);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sources' activity from the data lake: " + e.getMessage(), e);
        }
        return out;
    }

    private static Activity newer(Activity a, Activity b) {
        return new Activity(max(a.lastEventReceived(), b.lastEventReceived()), max(a.lastEventProcessed(), b.lastEventProcessed()));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
