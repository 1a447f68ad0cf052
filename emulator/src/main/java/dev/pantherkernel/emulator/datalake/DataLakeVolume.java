package dev.pantherkernel.emulator.datalake;

import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import dev.pantherkernel.emulator.metrics.LogVolume;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Counts processed events per log type, source and interval (by parse time) over the log tables. */
public final class DataLakeVolume implements LogVolume {
    private final DuckDb db;
    private final String database;
    private final List<String> tables;

    public DataLakeVolume(DuckDb db, String database, List<String> tables) {
        this.db = db;
        this.database = database;
        this.tables = List.copyOf(tables);
    }

    @Override
    public List<Row> between(Instant from, Instant to, long intervalMinutes, boolean bytes) throws SQLException {
        // the size of an event is taken as the length of its JSON form, as the raw log would be about that long
        String perTable = """
            SELECT p_log_type, p_source_label,
                   time_bucket(to_minutes(CAST(? AS BIGINT)), p_parse_time, TIMESTAMP '1970-01-01') AS bucket,
                   count(*) AS events, %s AS bytes,
                   sum(epoch(p_parse_time) - epoch(p_event_time)) AS latency
            FROM %s.public.%s t
            WHERE p_parse_time >= ? AND p_parse_time < ?
            GROUP BY ALL
            """;
        List<Row> rows = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (String table : tables) {
                String sql = perTable.formatted(bytes ? "sum(strlen(CAST(to_json(t) AS VARCHAR)))" : "0",
                        SqlLiterals.identifier(database), SqlLiterals.identifier(table));
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setLong(1, intervalMinutes);
                    p.setObject(2, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
                    p.setObject(3, LocalDateTime.ofInstant(to, ZoneOffset.UTC));
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Row(rs.getString(1), rs.getString(2),
                                    rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getLong(4),
                                    rs.getDouble(5), rs.getDouble(6)));
                        }
                    }
                }
            }
        }
        return rows;
    }
}
