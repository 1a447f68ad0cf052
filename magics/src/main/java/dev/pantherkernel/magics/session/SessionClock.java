package dev.pantherkernel.magics.session;

import dev.pantherkernel.magics.replay.Replay;
import dev.pantherkernel.magics.replay.RecordingWriter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The session's one "now", read by everything of the library that asks what time it is (relative windows such as
 * {@code --since 7d}, time partition bounds, the indicator search's week, an export's provenance, {@code Panther.now()}).
 * Live, it is the system's UTC clock. While the session records, each read is also written to the recording, in order;
 * on replay the reads come back from the recording in the same order, so the same cells build the same requests and
 * find their recorded answers.
 */
final class SessionClock extends Clock {

    private static final Supplier<Instant> SYSTEM = Instant::now;

    private volatile Supplier<Instant> source = SYSTEM;

    @Override
    public Instant instant() {
        return source.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? this : new Zoned(this, zone);
    }

    /** The system's time again. */
    void live() {
        source = SYSTEM;
    }

    /** The system's time, each read written to {@code recording}. */
    void recordingTo(RecordingWriter recording) {
        source = () -> {
            Instant now = Instant.now();
            recording.clock(now);
            return now;
        };
    }

    /** The recorded reads, in order. */
    void replaying(Replay replay) {
        source = replay::nextClockRead;
    }

    /** The session's time seen in another zone (for a {@code ZonedDateTime.now(clock)}). */
    private static final class Zoned extends Clock {
        private final SessionClock session;
        private final ZoneId zone;

        Zoned(SessionClock session, ZoneId zone) {
            this.session = session;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return session.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return session.withZone(other);
        }
    }
}
