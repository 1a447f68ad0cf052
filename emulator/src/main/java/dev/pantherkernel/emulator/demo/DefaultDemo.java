package dev.pantherkernel.emulator.demo;

import java.time.Instant;

/**
 * The demo a newcomer gets: the sample data an emulator holds unless told otherwise, which is also what the build
 * packs ({@link DemoPack}) so that it starts at once.
 */
public final class DefaultDemo {
    /** The seed of the default sample data. */
    public static final long SEED = 7;
    /** About 50,000 rows per log table. */
    public static final double SCALE = 1.0;
    /** The days the log tables' events span. */
    public static final int DAYS = 30;
    /**
     * Where the packed data ends: any fixed instant does, since the data is moved to the present when it is loaded.
     * A busy UTC hour, so that the newest events are minutes old (the generator's daily rhythm is quiet at night).
     */
    static final Instant PACKED_AT = Instant.parse("2026-01-07T15:00:00Z");

    private DefaultDemo() {}
}
