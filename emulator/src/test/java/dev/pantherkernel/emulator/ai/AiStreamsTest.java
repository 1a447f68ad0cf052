package dev.pantherkernel.emulator.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The stream mechanics on a clock the test moves: a growing prefix that ends at a word, then the whole text. */
class AiStreamsTest {
    /** A clock that stands still until moved. */
    private static final class SetClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static final String TEXT = "one two three four five six seven eight nine ten";

    @Test
    void aStreamGivesAGrowingPrefixEndingAtAWordThenTheWholeTextFinished() {
        SetClock clock = new SetClock();
        AiStreams streams = new AiStreams(clock);
        String id = streams.start(TEXT, null);

        AiStreams.View first = streams.read(id);
        assertThat(first.responseText()).isEmpty();
        assertThat(first.finished()).isFalse();
        clock.advance(AiStreams.GENERATION_TIME.dividedBy(2));
        AiStreams.View half = streams.read(id);
        assertThat(half.finished()).isFalse();
        assertThat(TEXT).startsWith(half.responseText() + " ");
        assertThat(half.responseText()).isNotEmpty().hasSizeLessThan(TEXT.length());
        clock.advance(AiStreams.GENERATION_TIME);
        AiStreams.View done = streams.read(id);
        assertThat(done.finished()).isTrue();
        assertThat(done.responseText()).isEqualTo(TEXT);
        assertThat(done.error()).isNull();
    }

    @Test
    void aFailedStreamIsFinishedAtOnceWithItsErrorAndAnUnknownOneIsNotFound() {
        AiStreams streams = new AiStreams(new SetClock());
        AiStreams.View failed = streams.read(streams.fail("event 1 is not a JSON object"));
        assertThat(failed.finished()).isTrue();
        assertThat(failed.error()).isEqualTo("event 1 is not a JSON object");
        assertThatThrownBy(() -> streams.read("nope")).hasMessageContaining("not found");
    }

    @Test
    void theCacheFindsTheStreamOfTheSameQuestionOnly() {
        AiStreams streams = new AiStreams(new SetClock());
        String id = streams.start(TEXT, "events|prompt");
        assertThat(streams.cached("events|prompt")).contains(id);
        assertThat(streams.cached("events|other")).isEmpty();
    }
}
