package dev.pantherkernel.magics.memory;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeapWatchTest {

    private static final long MB = 1024 * 1024;

    @Test
    void theHeapRunsLowOnlyWhenACollectionLeavesItAtTheLimitOrAbove() {
        HeapWatch watch = HeapWatch.manual(100 * MB, 0.8);
        HeapWatch.Since since = watch.since();

        watch.afterCollection(79 * MB);
        assertThat(since.ranLow()).isEmpty();

        watch.afterCollection(80 * MB);
        assertThat(since.ranLow()).contains(new HeapLevel(80 * MB, 100 * MB));
    }

    @Test
    void aFetchHeedsOnlyCollectionsAfterItStarted() {
        HeapWatch watch = HeapWatch.manual(100 * MB, 0.8);
        watch.afterCollection(95 * MB);

        HeapWatch.Since since = watch.since();
        assertThat(since.ranLow()).as("a low heap before the fetch, since freed").isEmpty();

        watch.afterCollection(30 * MB);
        assertThat(since.ranLow()).isEmpty();
        watch.afterCollection(90 * MB);
        assertThat(since.ranLow()).map(HeapLevel::usedBytes).contains(90 * MB);
    }

    @Test
    void aLowFigureThatAFullCollectionDoesNotConfirmLetsTheFetchGoOn() {
        List<HeapLevel> measures = new ArrayList<>(List.of(new HeapLevel(50 * MB, 100 * MB), new HeapLevel(85 * MB, 100 * MB)));
        HeapWatch watch = HeapWatch.manual(100 * MB, 0.8, () -> measures.remove(0));
        HeapWatch.Since since = watch.since();

        watch.afterCollection(90 * MB); // a young collection, counting old garbage: a full one finds 50 MB
        assertThat(since.ranLow()).isEmpty();
        assertThat(since.ranLow()).as("measured once, not again until the heap runs low again").isEmpty();

        watch.afterCollection(88 * MB);
        assertThat(since.ranLow()).contains(new HeapLevel(85 * MB, 100 * MB));
        assertThat(measures).isEmpty();
    }

    @Test
    void listenersHearEachCollectionThatLeftTheHeapLow() {
        HeapWatch watch = HeapWatch.manual(100 * MB, 0.9);
        List<HeapLevel> heard = new ArrayList<>();
        watch.onLow(heard::add);

        watch.afterCollection(50 * MB);
        watch.afterCollection(95 * MB);

        assertThat(heard).containsExactly(new HeapLevel(95 * MB, 100 * MB));
    }

    @Test
    void hearsTheJvmsOwnCollectionsWithoutPolling() throws InterruptedException {
        // any heap at all is "low" at this limit: the collection System.gc() asks for must be heard of
        try (HeapWatch watch = HeapWatch.start(1e-9)) {
            HeapWatch.Since since = watch.since();
            Optional<HeapLevel> heard = Optional.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (heard.isEmpty() && System.nanoTime() < deadline) {
                System.gc();
                Thread.sleep(50);
                heard = since.ranLow();
            }
            assertThat(heard).as("a notification after System.gc()").isPresent();
            assertThat(heard.get().maxBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
            assertThat(heard.get().usedBytes()).isPositive().isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
        }
    }

    @Test
    void roomForAStepIsMeasuredOnlyWhenTheHeapInUseNowLeavesTooLittle() {
        AtomicLong usedNow = new AtomicLong(60 * MB);
        List<HeapLevel> measures = new ArrayList<>(List.of(new HeapLevel(40 * MB, 100 * MB), new HeapLevel(70 * MB, 100 * MB)));
        HeapWatch watch = HeapWatch.manual(100 * MB, 0.8, () -> measures.remove(0), usedNow::get);

        assertThat(watch.tooFullFor(30 * MB)).as("60 MB in use and 30 MB more stay under 95 MB").isEmpty();
        assertThat(measures).as("no collection was asked for").hasSize(2);

        usedNow.set(90 * MB); // garbage included: a full collection finds 40 MB held
        assertThat(watch.tooFullFor(30 * MB)).isEmpty();
        assertThat(watch.tooFullFor(30 * MB)).as("70 MB held and 30 MB more pass 95 MB")
                .contains(new HeapLevel(70 * MB, 100 * MB));
    }

    @Test
    void beforeAFetchStopsWhatIsKeptForConvenienceIsLetGoOfAndTheHeapMeasuredAgain() {
        List<HeapLevel> measures = new ArrayList<>(List.of(new HeapLevel(85 * MB, 100 * MB), new HeapLevel(40 * MB, 100 * MB)));
        HeapWatch watch = HeapWatch.manual(100 * MB, 0.8, () -> measures.remove(0));
        AtomicLong released = new AtomicLong();
        watch.onNeedRoom(() -> released.incrementAndGet() > 0);
        HeapWatch.Since since = watch.since();

        watch.afterCollection(90 * MB);

        assertThat(since.ranLow()).as("85 MB until the last result went; 40 MB after").isEmpty();
        assertThat(released).hasValue(1);
        assertThat(measures).isEmpty();
    }

    @Test
    void otherWorkMakesRoomOnlyAtTheShareItStopsAt() {
        List<HeapLevel> measures = new ArrayList<>(List.of(new HeapLevel(85 * MB, 100 * MB), new HeapLevel(92 * MB, 100 * MB),
                new HeapLevel(60 * MB, 100 * MB)));
        HeapWatch watch = HeapWatch.manual(100 * MB, 0.8, () -> measures.remove(0));
        AtomicLong released = new AtomicLong();
        watch.onNeedRoom(() -> released.incrementAndGet() > 0);

        assertThat(watch.measureMakingRoom(0.9)).as("85%: under the share, kept").isEqualTo(new HeapLevel(85 * MB, 100 * MB));
        assertThat(released).hasValue(0);
        assertThat(watch.measureMakingRoom(0.9)).as("92%, then 60% without the last result")
                .isEqualTo(new HeapLevel(60 * MB, 100 * MB));
        assertThat(released).hasValue(1);
    }

    @Test
    void whenNothingWasKeptForConvenienceTheHeapIsMeasuredOnce() {
        List<HeapLevel> measures = new ArrayList<>(List.of(new HeapLevel(85 * MB, 100 * MB), new HeapLevel(40 * MB, 100 * MB)));
        HeapWatch watch = HeapWatch.manual(100 * MB, 0.8, () -> measures.remove(0));
        watch.onNeedRoom(() -> false);
        HeapWatch.Since since = watch.since();

        watch.afterCollection(90 * MB);

        assertThat(since.ranLow()).contains(new HeapLevel(85 * MB, 100 * MB));
        assertThat(measures).hasSize(1);
    }

    @Test
    void aWatchThatDoesNotMeasureNeverFindsTheHeapTooFull() {
        assertThat(HeapWatch.none().tooFullFor(Long.MAX_VALUE / 2)).isEmpty();
        assertThat(HeapWatch.manual(100 * MB, 0.8).tooFullFor(99 * MB)).isEmpty();
    }

    @Test
    void aLevelReadsAsPeopleWriteHeapSizes() {
        assertThat(new HeapLevel(93 * MB, 110 * MB).describe()).isEqualTo("85% full (93 MB of 110 MB)");
        assertThat(HeapLevel.size(8192 * MB)).isEqualTo("8 GB");
        assertThat(HeapLevel.size(1536 * MB)).isEqualTo("1.5 GB");
        assertThat(new HeapLowException(new HeapLevel(93 * MB, 110 * MB)).report("50 pages (49,950 rows)", "less"))
                .isEqualTo("stopped after 50 pages (49,950 rows): the kernel's heap was 85% full (93 MB of 110 MB) after "
                        + "garbage collection; the rows so far are kept, marked partial. For every row: less");
        assertThat(new HeapLowException(new HeapLevel(55 * MB, 110 * MB), "with no room for more").getMessage())
                .isEqualTo("the kernel's heap was 50% full (55 MB of 110 MB) after garbage collection, with no room for more");
    }

    @Test
    void aLimitIsAShareOfTheHeap() {
        assertThatThrownBy(() -> HeapWatch.manual(MB, 80)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share of the heap");
    }
}
