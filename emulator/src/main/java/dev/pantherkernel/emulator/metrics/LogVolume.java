package dev.pantherkernel.emulator.metrics;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Processed log volume per interval, as the data lake counts it. */
public interface LogVolume {
    /** One row per log type, source and interval start: event count, bytes and summed parse latency. */
    record Row(String logType, String source, Instant bucket, long events, double bytes, double latencySeconds) {}

    /** @param bytes whether to measure the bytes too (costly: every event is read whole); 0 otherwise */
    List<Row> between(Instant from, Instant to, long intervalMinutes, boolean bytes) throws SQLException;
}
