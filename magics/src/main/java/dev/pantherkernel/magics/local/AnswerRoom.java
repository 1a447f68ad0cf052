package dev.pantherkernel.magics.local;

import dev.pantherkernel.magics.memory.HeapLevel;
import dev.pantherkernel.magics.memory.HeapLowException;
import dev.pantherkernel.magics.memory.HeapWatch;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;

/**
 * Whether reading a local answer into the heap stops, asked between rows: when the heap runs low, as for every fetch
 * ({@link HeapWatch.Since}), or when it has no room left for DuckDB's next chunk. DuckDB's JDBC driver builds each
 * chunk of an answer (up to {@value #CHUNK_ROWS} rows, every value a Java object) in native code that does not check
 * whether an allocation failed: out of heap there, the JVM crashes or the cell ends with an exception that has no
 * message. While it builds the next chunk it still holds the last one, so two must fit. A chunk's size is estimated
 * from what the reading thread has allocated per row so far (the chunks the driver built and the rows copied out of
 * them), which is more than a chunk holds: the estimate errs towards stopping early.
 */
final class AnswerRoom implements LongPredicate {

    /** The rows in one of DuckDB's chunks (its vector size). */
    static final int CHUNK_ROWS = 2048;

    /** When this JVM cannot tell a thread's allocations: the room two chunks are given, as a share of the heap. */
    private static final double UNMEASURED_SHARE = 0.10;

    private final HeapWatch heap;
    private final HeapWatch.Since since;
    private final LongSupplier allocated;
    private final long allocatedAtStart;
    private HeapLowException stopped;

    /**
     * @param allocated the bytes the reading thread allocated so far, rising; or null when they cannot be told
     */
    AnswerRoom(HeapWatch heap, LongSupplier allocated) {
        this.heap = heap;
        this.since = heap.since();
        this.allocated = allocated;
        this.allocatedAtStart = allocated == null ? 0 : allocated.getAsLong();
    }

    /** Room for an answer read on the calling thread, from now on. */
    static AnswerRoom onThisThread(HeapWatch heap) {
        return new AnswerRoom(heap, threadAllocations());
    }

    @Override
    public boolean test(long rowsRead) {
        Optional<HeapLevel> low = since.ranLow();
        if (low.isPresent()) {
            stopped = new HeapLowException(low.get());
            return true;
        }
        long chunk = chunkBytes(rowsRead);
        Optional<HeapLevel> full = heap.tooFullFor(2 * chunk);
        if (full.isPresent()) {
            stopped = new HeapLowException(full.get(), String.format(Locale.ROOT,
                    "with no room for DuckDB's next chunks of %,d rows (about %s each)", CHUNK_ROWS, HeapLevel.size(chunk)));
            return true;
        }
        return false;
    }

    /** Why reading stopped, once it did. */
    Optional<HeapLowException> stopped() {
        return Optional.ofNullable(stopped);
    }

    /**
     * The bytes a chunk is expected to take: what was allocated per chunk the driver built so far (the rows read so
     * far, rounded up to whole chunks: the last one was built whole).
     */
    long chunkBytes(long rowsRead) {
        if (allocated == null || rowsRead <= 0) {
            return (long) (heap.maxBytes() * UNMEASURED_SHARE / 2);
        }
        long chunks = (rowsRead + CHUNK_ROWS - 1) / CHUNK_ROWS;
        return Math.max(0, allocated.getAsLong() - allocatedAtStart) / chunks;
    }

    /** This thread's allocations, where the JVM counts them (HotSpot does). */
    private static LongSupplier threadAllocations() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
            return threads::getCurrentThreadAllocatedBytes;
        }
        return null;
    }
}
