package dev.pantherkernel.magics.local;

import dev.pantherkernel.magics.memory.HeapLevel;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Reading a local answer stops while the heap still has room for DuckDB's next two chunks, which its driver builds in
 * native code that cannot survive running out of heap. The heap is a manual watch: what is in use, what a full
 * collection finds and what the reading thread allocated are the test's.
 */
class AnswerRoomTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aChunkIsWhatTheReadingThreadAllocatedPerChunkBuiltSoFar() {
        AtomicLong allocated = new AtomicLong(500 * MB);
        AnswerRoom room = new AnswerRoom(HeapWatch.manual(1000 * MB, 0.8), allocated::get);

        allocated.addAndGet(24 * MB);
        assertThat(room.chunkBytes(1024)).as("the first chunk, built whole, and 1,024 rows copied").isEqualTo(24 * MB);
        allocated.addAndGet(26 * MB);
        assertThat(room.chunkBytes(4096)).isEqualTo(25 * MB);
        assertThat(room.chunkBytes(4097)).as("a third chunk was begun").isEqualTo(50 * MB / 3);
    }

    @Test
    void withoutAllocationFiguresTwoChunksAreGivenATenthOfTheHeap() {
        AnswerRoom room = new AnswerRoom(HeapWatch.manual(1000 * MB, 0.8), null);

        assertThat(room.chunkBytes(1024)).isEqualTo(50 * MB);
    }

    @Test
    void readingStopsWhenWhatTheHeapHoldsLeavesNoRoomForTwoMoreChunks() {
        AtomicLong allocated = new AtomicLong();
        HeapWatch heap = HeapWatch.manual(100 * MB, 0.8, () -> new HeapLevel(50 * MB, 100 * MB), () -> 90 * MB);
        AnswerRoom room = new AnswerRoom(heap, allocated::get);

        allocated.set(20 * MB);
        assertThat(room.test(1024)).as("50 MB held and 2 x 20 MB stay under 95 MB").isFalse();
        assertThat(room.stopped()).isEmpty();

        allocated.set(2 * 23 * MB);
        assertThat(room.test(4096)).as("50 MB held and 2 x 23 MB pass 95 MB").isTrue();
        assertThat(room.stopped()).get().extracting(Throwable::getMessage).isEqualTo("the kernel's heap was 50% full "
                + "(50 MB of 100 MB) after garbage collection, with no room for DuckDB's next chunks of 2,048 rows (about 23 MB each)");
    }

    @Test
    void readingStopsWhenTheHeapRunsLowAsEveryFetchDoes() {
        HeapWatch heap = HeapWatch.manual(100 * MB, 0.8);
        AnswerRoom room = new AnswerRoom(heap, () -> 0);

        heap.afterCollection(85 * MB);

        assertThat(room.test(1024)).isTrue();
        assertThat(room.stopped()).get().extracting(Throwable::getMessage)
                .isEqualTo("the kernel's heap was 85% full (85 MB of 100 MB) after garbage collection");
    }

    @Test
    void aLocalAnswerStopsAtTheFirstBatchWhenTheHeapHasNoRoomForTheNextChunks() {
        // a collection finds 96 MB of 100 MB held: past 95 MB, not even an empty chunk fits
        HeapWatch heap = HeapWatch.manual(100 * MB, 0.8, () -> new HeapLevel(96 * MB, 100 * MB), () -> 99 * MB);
        LocalSql sql = new LocalSql(name -> Optional.empty(), heap);

        PartialResultException stopped = catchThrowableOfType(
                () -> sql.run("SELECT range AS n, repeat('x', 100) AS filler FROM range(100000)", "many", 0),
                PartialResultException.class);

        assertThat(stopped).as("a partial result").isNotNull();
        Result partial = stopped.result();
        assertThat(partial.partial()).isTrue();
        assertThat(partial.table().rowCount()).isEqualTo(1024);
        assertThat(stopped.getMessage()).startsWith("stopped after 1,024 rows: the kernel's heap was 96% full (96 MB of 100 MB) "
                + "after garbage collection, with no room for DuckDB's next chunks of 2,048 rows (about ");
    }
}
