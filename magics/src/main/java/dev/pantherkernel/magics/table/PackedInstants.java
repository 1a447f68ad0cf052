package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.times.PackedLocalTime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in the packed form an {@link InstantColumn} keeps. Tablesaw's own {@code PackedInstant.pack} goes
 * through {@code LocalDateTime.ofInstant}, which builds the UTC zone's rules for every value: for a million-row
 * result that was the largest single cost of adding timestamps to the table. The packing is done once per value,
 * and can be done off the thread that builds the table.
 */
@Internal
public final class PackedInstants {

    private PackedInstants() {
    }

    /** The packed form of {@code instant}, exactly as Tablesaw packs it (to the millisecond). */
    public static long of(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        return ((long) PackedLocalDate.pack(utc.toLocalDate()) << 32)
                | (PackedLocalTime.pack(utc.toLocalTime()) & 0xFFFFFFFFL);
    }

    /** Appends {@code instant} (null for a missing value) to {@code column}. */
    public static void append(InstantColumn column, Instant instant) {
        if (instant == null) {
            column.appendMissing();
        } else {
            column.appendInternal(of(instant));
        }
    }
}
