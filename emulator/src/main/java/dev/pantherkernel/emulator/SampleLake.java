package dev.pantherkernel.emulator;

import dev.pantherkernel.emulator.data.Employee;
import dev.pantherkernel.emulator.data.SampleDataLake;
import dev.pantherkernel.emulator.data.Story;
import dev.pantherkernel.emulator.datalake.DuckDb;
import dev.pantherkernel.emulator.demo.PackedDemo;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The sample data lake an emulator serves: the default demo as the build packed it, moved in time so that it ends at
 * the clock's present (to the minute), or for any other settings data generated at start as of the anchor. Everything
 * else the emulator holds (users, detections, alerts ...) is made from the anchor and the story at start: each of
 * those times is the anchor or a time of the lake moved by a fixed amount, so it moves with the lake.
 */
final class SampleLake implements AutoCloseable {
    private final Instant anchor;
    private final Story story;
    private final AutoCloseable files;
    private final boolean packed;

    private SampleLake(Instant anchor, Story story, AutoCloseable files, boolean packed) {
        this.anchor = anchor;
        this.story = story;
        this.files = files;
        this.packed = packed;
    }

    static SampleLake load(DuckDb db, EmulatorOptions options) throws SQLException {
        Instant now = options.clock().instant().truncatedTo(ChronoUnit.MINUTES);
        Optional<PackedDemo> pack = packed(options);
        if (pack.isPresent()) {
            Duration shift = Duration.between(pack.get().packedAt(), now);
            AutoCloseable files = pack.get().load(db, options.demoCache(), shift);
            Story story = Story.of(pack.get().packedAt(), Employee.staff(options.seed())).shifted(shift);
            return new SampleLake(now, story, files, true);
        }
        Instant anchor = options.anchor() != null ? options.anchor() : now;
        Story story = SampleDataLake.generate(db, options.seed(), options.scale(), options.tableScales(), options.days(), anchor);
        return new SampleLake(anchor, story, () -> { }, false);
    }

    /** The packed demo these options start from, if they start from it. */
    static Optional<PackedDemo> packed(EmulatorOptions options) {
        return options.defaultDemo()
                ? PackedDemo.inThisJar().filter(p -> p.holds(options.seed(), options.scale(), options.days(), options.tableScales()))
                : Optional.empty();
    }

    /** The instant the data ends at: no event is newer. */
    Instant anchor() {
        return anchor;
    }

    Story story() {
        return story;
    }

    boolean packed() {
        return packed;
    }

    /** After the database: the packed demo's files, when they were only this emulator's. */
    @Override
    public void close() {
        try {
            files.close();
        } catch (Exception e) {
            // temporary files left behind, nothing else
        }
    }
}
