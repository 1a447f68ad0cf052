package dev.pantherkernel.emulator.metrics;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Processed log volume per interval, as the data lake counts it. */
public interface LogVolume {
    /** One row per log type, source and interval start: event count, bytes and summed parse latency. */
    record Row(String logType, String source, Instant bucket, long events, double bytes, double latencySeconds) {}

    List<Row> between(Instant from, Instant to, long intervalMinutes) throws SQLException;
}
