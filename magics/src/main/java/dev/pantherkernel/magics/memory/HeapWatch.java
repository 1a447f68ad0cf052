package dev.pantherkernel.magics.memory;

import com.sun.management.GarbageCollectionNotificationInfo;

import dev.pantherkernel.magics.core.PublicApi;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationFilter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Watches how full the heap is after each garbage collection, so that a fetch into memory stops while there is still
 * room (Spark's {@code spark.driver.maxResultSize} for the kernel): the rows so far are kept and the kernel lives.
 *
 * <p>The JVM tells, it is not polled: every collector sends a notification when a collection ends, with the usage of
 * each memory pool after it. The heap pools' usage after a collection is what the kernel really holds (plus garbage
 * a young collection left in the old generation); at or above {@code limit} of the heap's maximum the heap has
 * <em>run low</em>. A young collection's figure counts old garbage that only a later cycle frees, so before a fetch
 * stops for it the watch measures once more, after a full collection ({@link #measure}): a false alarm lets the fetch
 * go on. A memory pool's own collection usage threshold would be the plainer tool, but G1 (the JVM's
 * default collector) updates its old generation's collection usage only after a full collection, which comes just
 * before an {@link OutOfMemoryError}: too late. One watch per session; it only listens, so several (a second session
 * made in a Java cell) do not disturb each other.
 */
@PublicApi
public final class HeapWatch implements AutoCloseable {

    /** Where fetches into memory stop: the heap is 80% full after a collection. */
    public static final double FETCH_LIMIT = 0.80;

    /**
     * How full the heap may be while a step of work is under way (what it holds plus what the step makes): the
     * rest is what the collector needs free to copy into; past it a collection runs out of room and the JVM throws
     * {@link OutOfMemoryError} wherever the next allocation happens to be.
     */
    public static final double WORKING_LIMIT = 0.95;

    private final long maxBytes;
    private final double limit;
    private final AtomicLong timesLow = new AtomicLong();
    private volatile HeapLevel lastLow;
    private final List<Consumer<HeapLevel>> lowListeners = new CopyOnWriteArrayList<>();
    private final List<BooleanSupplier> spares = new CopyOnWriteArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final Supplier<HeapLevel> measure;
    /** The heap in use now, garbage included; null for a watch that never finds the heap too full. */
    private final LongSupplier usedNow;
    /** The last measure and how many low collections it answered for: fetches share it, one full collection each. */
    private long measuredThrough = -1;
    private HeapLevel measured;

    private HeapWatch(long maxBytes, double limit, Supplier<HeapLevel> measure, LongSupplier usedNow) {
        if (limit <= 0 || limit > 1) {
            throw new IllegalArgumentException("a heap limit is a share of the heap, above 0 and at most 1, not " + limit);
        }
        this.maxBytes = maxBytes;
        this.limit = limit;
        this.measure = measure == null ? () -> lastLow : measure;
        this.usedNow = usedNow;
    }

    /** A watch on this JVM's heap that says it ran low at {@link #FETCH_LIMIT}. */
    public static HeapWatch start() {
        return start(FETCH_LIMIT);
    }

    /** A watch on this JVM's heap that says it ran low at {@code limit} of its maximum (a share, 0 to 1). */
    public static HeapWatch start(double limit) {
        long max = Runtime.getRuntime().maxMemory();
        LongSupplier used = () -> ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        HeapWatch watch = new HeapWatch(max, limit, () -> {
            System.gc(); // a full collection, unless the JVM was told to ignore it: then the figure is the last one's
            return new HeapLevel(used.getAsLong(), max);
        }, used);
        NotificationFilter collections = n -> GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watch.listener, collections, null);
                watch.emitters.add(emitter);
            }
        }
        return watch;
    }

    /** A watch that never says the heap ran low: for work whose heap is bounded anyway, and benchmarks. */
    public static HeapWatch none() {
        return new HeapWatch(Runtime.getRuntime().maxMemory(), 1.0, null, null);
    }

    /**
     * A watch that hears of collections only through {@link #afterCollection}, and whose {@link #measure} is the last
     * low collection's figure: for tests, which cannot make the JVM's collector report what they need.
     */
    public static HeapWatch manual(long maxBytes, double limit) {
        return new HeapWatch(maxBytes, limit, null, null);
    }

    /** {@link #manual(long, double)} whose {@link #measure} is {@code measure}'s (a full collection's, say). */
    public static HeapWatch manual(long maxBytes, double limit, Supplier<HeapLevel> measure) {
        return new HeapWatch(maxBytes, limit, measure, null);
    }

    /**
     * {@link #manual(long, double, Supplier)} that also answers {@link #tooFullFor}: {@code usedNow} is the heap in
     * use at the moment, garbage included.
     */
    public static HeapWatch manual(long maxBytes, double limit, Supplier<HeapLevel> measure, LongSupplier usedNow) {
        return new HeapWatch(maxBytes, limit, measure, usedNow);
    }

    /**
     * How full the heap is now, measured after a full collection (the kernel's watch; a manual one gives the last low
     * collection's figure). It takes a pause of the whole JVM: for confirming that the heap really ran low.
     */
    public HeapLevel measure() {
        return measure.get();
    }

    /** The heap ran low {@code through} times so far: measured once for all of them, whoever asks. */
    private synchronized Optional<HeapLevel> confirmed(long through) {
        if (measuredThrough < through) {
            measured = measureFreeing(level -> level.fraction() >= limit);
            measuredThrough = through;
        }
        return measured != null && measured.fraction() >= limit ? Optional.of(measured) : Optional.empty();
    }

    /**
     * How full the heap is, if what it holds and {@code bytes} more would pass {@link #WORKING_LIMIT}: for work that
     * allocates a known amount in one step where running out of heap cannot be survived (DuckDB's driver builds
     * each chunk of an answer in native code). The heap in use now counts garbage, so it is never less than what the
     * heap holds: only when it leaves too little room does a full collection ({@link #measure}) tell what is really
     * held. Empty for a watch that does not measure ({@link #none()}, and manual ones without {@code usedNow}).
     */
    public Optional<HeapLevel> tooFullFor(long bytes) {
        if (usedNow == null) {
            return Optional.empty();
        }
        double ceiling = maxBytes * WORKING_LIMIT;
        if (usedNow.getAsLong() + bytes < ceiling) {
            return Optional.empty();
        }
        Predicate<HeapLevel> tooFull = level -> level.usedBytes() + bytes >= ceiling;
        return Optional.ofNullable(measureFreeing(tooFull)).filter(tooFull);
    }

    /**
     * {@code release} lets go of something kept only for convenience (the session's last result, which its variable
     * holds too when the user bound it) and says whether it held anything. Before a fetch stops for the heap, what is
     * kept this way is let go of and the heap measured again: {@code big = null;} must free what {@code big} held.
     */
    public void onNeedRoom(BooleanSupplier release) {
        spares.add(release);
    }

    /**
     * How full the heap is, as {@link #measure} tells; when that is {@code share} of it or more, measured again
     * after letting go of what is kept only for convenience ({@link #onNeedRoom}). For stopping other work than a
     * fetch (a Java cell's loops) only when it must.
     */
    public HeapLevel measureMakingRoom(double share) {
        return measureFreeing(level -> level.fraction() >= share);
    }

    /** A {@link #measure}; when it finds the heap {@code tooFull}, a second one after letting go of what can be. */
    private HeapLevel measureFreeing(Predicate<HeapLevel> tooFull) {
        HeapLevel level = measure.get();
        if (level == null || !tooFull.test(level)) {
            return level;
        }
        boolean released = false;
        for (BooleanSupplier spare : spares) {
            released |= spare.getAsBoolean();
        }
        return released ? measure.get() : level;
    }

    /** The most the heap may grow to ({@code -Xmx}). */
    public long maxBytes() {
        return maxBytes;
    }

    /** Called on the JVM's notification thread after each collection that found the heap low; it must be quick. */
    public void onLow(Consumer<HeapLevel> action) {
        lowListeners.add(action);
    }

    /** From now on: whether the heap runs low after this point (a fetch takes one as it starts). */
    public Since since() {
        return new Since(timesLow.get());
    }

    /** A collection ended with {@code usedBytes} still in use on the heap. */
    public void afterCollection(long usedBytes) {
        HeapLevel level = new HeapLevel(usedBytes, maxBytes);
        if (level.fraction() < limit) {
            return;
        }
        lastLow = level;
        timesLow.incrementAndGet();
        for (Consumer<HeapLevel> action : lowListeners) {
            action.accept(level);
        }
    }

    private void collected(Notification notification, Object handback) {
        try {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            afterCollection(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()));
        } catch (RuntimeException | OutOfMemoryError unreadable) {
            // a notification that cannot be read (or no room to read it) says nothing; the next one will
        }
    }

    /** The heap's share of the pools' usage after a collection (the rest is metaspace, code cache ...). */
    private static long heapUsed(Map<String, MemoryUsage> afterCollection) {
        long used = 0;
        for (String pool : HeapPools.NAMES) {
            MemoryUsage usage = afterCollection.get(pool);
            used += usage == null ? 0 : usage.getUsed();
        }
        return used;
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException gone) {
                // removed already
            }
        }
        emitters.clear();
        lowListeners.clear();
        spares.clear();
    }

    /** Whether the heap ran low after the point this was taken. */
    public final class Since {
        private volatile long start;

        private Since(long start) {
            this.start = start;
        }

        /**
         * How full the heap is, if it ran low after this point and a full collection confirms it; after a false alarm
         * only later collections count.
         */
        public Optional<HeapLevel> ranLow() {
            long now = timesLow.get();
            if (now <= start) {
                return Optional.empty();
            }
            Optional<HeapLevel> low = confirmed(now);
            if (low.isEmpty()) {
                start = now;
            }
            return low;
        }
    }

    /** The names of the heap's memory pools, which do not change while the JVM runs. */
    private static final class HeapPools {
        static final Set<String> NAMES = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toUnmodifiableSet());
    }
}
