package dev.pantherkernel.magics.chart;

import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Reads a chart's x column: times (floored to their bucket, as UTC text plotly reads as dates), numbers or categories. */
final class XValues {

    private static final DateTimeFormatter PLOTLY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private XValues() {
    }

    static boolean isTime(Column<?> column) {
        return column instanceof InstantColumn || column instanceof DateTimeColumn || column instanceof DateColumn;
    }

    static boolean isNumber(Column<?> column) {
        return column instanceof NumericColumn<?>;
    }

    /** The instant of a time column's row (missing: null); local times and dates are taken as UTC. */
    static Instant instant(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return null;
        }
        if (column instanceof InstantColumn c) {
            return c.get(row);
        }
        if (column instanceof DateTimeColumn c) {
            return c.get(row).toInstant(ZoneOffset.UTC);
        }
        return ((DateColumn) column).get(row).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The start of the bucket an instant falls in, counting buckets from the epoch (UTC midnight for days). */
    static Instant floor(Instant at, Duration bucket) {
        long size = bucket.toMillis();
        long millis = at.toEpochMilli();
        return Instant.ofEpochMilli(Math.floorDiv(millis, size) * size);
    }

    static String text(Instant at) {
        return PLOTLY_DATE.format(at);
    }

    /** A bucket that gives a readable number of bars for the span of the data. */
    static Duration automaticBucket(Instant first, Instant last) {
        Duration span = Duration.between(first, last);
        if (span.compareTo(Duration.ofDays(2)) <= 0) {
            return Duration.ofHours(1);
        }
        if (span.compareTo(Duration.ofDays(120)) <= 0) {
            return Duration.ofDays(1);
        }
        return Duration.ofDays(7);
    }
}
