package dev.pantherkernel.magics.table;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.columns.instant.PackedInstant;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedInstantsTest {

    // years 0001 to 9999: what timestamps in a data lake hold
    @Property(tries = 2000)
    void anInstantIsPackedExactlyAsTablesawPacksIt(
            @ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long second,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nano) {
        Instant instant = Instant.ofEpochSecond(second, nano);
        assertEquals(PackedInstant.pack(instant), PackedInstants.of(instant));
    }

    @Test
    void appendedInstantsReadBackAsTheSameInstantToTheMillisecond() {
        InstantColumn column = InstantColumn.create("at");
        PackedInstants.append(column, Instant.parse("1969-12-31T23:59:59.999999Z"));
        PackedInstants.append(column, null);
        PackedInstants.append(column, Instant.parse("2024-05-01T13:45:00.123Z"));
        assertEquals(Instant.parse("1969-12-31T23:59:59.999Z"), column.get(0));
        assertTrue(column.isMissing(1));
        assertEquals(Instant.parse("2024-05-01T13:45:00.123Z"), column.get(2));
    }
}
