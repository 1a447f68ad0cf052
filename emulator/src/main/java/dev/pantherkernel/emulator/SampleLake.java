package dev.pantherkernel.emulator;

import dev.pantherkernel.emulator.data.Employee;
import dev.pantherkernel.emulator.data.SampleDataLake;
import dev.pantherkernel.emulator.data.Story;
import dev.pantherkernel.emulator.datalake.DuckDb;
import dev.pantherkernel.emulator.demo.GeneratedDemoCache;
import dev.pantherkernel.emulator.demo.PackedDemo;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The sample data lake an emulator serves: the default demo as the build packed it, moved in time so that it ends at
 * the clock's present (to the minute); for other settings, when the options keep generated data, what an earlier start
 * kept (or generates and keeps now), moved the same way; else data generated at start as of the anchor. Everything
 * else the emulator holds (users, detections, alerts ...) is made from the anchor and the story at start: each of
 * those times is the anchor or a time of the lake moved by a fixed amount, so it moves with the lake.
 */
final class SampleLake implements AutoCloseable {
    private final Instant anchor;
    private final Story story;
    private final AutoCloseable files;
    private final DataOrigin origin;

    private SampleLake(Instant anchor, Story story, AutoCloseable files, DataOrigin origin) {
        this.anchor = anchor;
        this.story = story;
        this.files = files;
        this.origin = origin;
    }

    static SampleLake load(DuckDb db, EmulatorOptions options) throws SQLException {
        Instant now = options.clock().instant().truncatedTo(ChronoUnit.MINUTES);
        Optional<PackedDemo> pack = packed(options);
        if (pack.isPresent()) {
            Duration shift = Duration.between(pack.get().packedAt(), now);
            AutoCloseable files = pack.get().load(db, options.demoCache(), shift);
            return new SampleLake(now, movedStory(options, pack.get().packedAt(), now), files, DataOrigin.PACKED);
        }
        Optional<GeneratedDemoCache> cache = keeping(options);
        if (cache.isPresent()) {
            try {
                GeneratedDemoCache.Loaded loaded = cache.get().load(db, options.demoSettings(), now);
                return new SampleLake(now, movedStory(options, loaded.packedAt(), now), () -> { },
                        loaded.fromCache() ? DataOrigin.KEPT : DataOrigin.GENERATED);
            } catch (IOException e) {
                // the cache cannot be written: generated in memory below, as without it
            }
        }
        Instant anchor = options.anchor() != null ? options.anchor() : now;
        Story story = SampleDataLake.generate(db, options.seed(), options.scale(), options.tableScales(), options.days(), anchor);
        return new SampleLake(anchor, story, () -> { }, DataOrigin.GENERATED);
    }

    /** The story of data generated to end at {@code generatedAt}, moved with the data to end at {@code now}. */
    private static Story movedStory(EmulatorOptions options, Instant generatedAt, Instant now) {
        return Story.of(generatedAt, Employee.staff(options.seed())).shifted(Duration.between(generatedAt, now));
    }

    /** The cache of generated demos these options keep their data in, if they keep it. */
    private static Optional<GeneratedDemoCache> keeping(EmulatorOptions options) {
        return options.keepGenerated() && !options.defaultDemo() ? GeneratedDemoCache.forThisJar(options.demoCache()) : Optional.empty();
    }

    /** Whether these options start without generating: the packed default demo, or data kept by an earlier start. */
    static boolean startsAtOnce(EmulatorOptions options) {
        return packed(options).isPresent() || keeping(options).map(cache -> cache.holds(options.demoSettings())).orElse(false);
    }

    /** The packed demo these options start from, if they start from it. */
    static Optional<PackedDemo> packed(EmulatorOptions options) {
        return options.defaultDemo()
                ? PackedDemo.inThisJar().filter(p -> p.holds(options.demoSettings()))
                : Optional.empty();
    }

    /** The instant the data ends at: no event is newer. */
    Instant anchor() {
        return anchor;
    }

    Story story() {
        return story;
    }

    DataOrigin origin() {
        return origin;
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
