package dev.pantherkernel.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap in use right after any garbage collection since {@link #reset}: the live data at that moment, plus
 * any garbage an old-generation collection had not reached yet (so it errs on the high side).
 */
final class HeapWatch {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
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
