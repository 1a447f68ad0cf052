package dev.pantherkernel.emulator.datalake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The lake's timestamps are UTC without a zone (TIMESTAMP_NTZ): read as instants. */
final class LakeTimes {
    private LakeTimes() {}

    /** The instant in a column, or null for SQL NULL. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime time = rs.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
