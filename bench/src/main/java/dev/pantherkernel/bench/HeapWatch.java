package dev.pantherkernel.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use (the heap's pools only) right after any garbage collection since {@link #reset}: the live data
 * at that moment, plus any garbage an old-generation collection had not reached yet (so it errs on the high side).
 */
final class HeapWatch {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();

    HeapWatch() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    // every pool is reported, Metaspace and the code cache too: only the heap's count, as in
                    // the baseline and the Table's size (heap in use)
                    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    peak.accumulateAndGet(after, Math::max);
                    collections.incrementAndGet();
                }
            }, null, null);
        }
    }

    /** Collects twice and returns the heap in use afterwards. */
    static long settledUse() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    void reset() {
        peak.set(0);
        collections.set(0);
    }

    long peak() {
        return peak.get();
    }

    int collections() {
        return collections.get();
    }
}
