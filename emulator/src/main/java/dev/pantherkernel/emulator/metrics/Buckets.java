package dev.pantherkernel.emulator.metrics;

import dev.pantherkernel.emulator.core.ApiException;
import dev.pantherkernel.emulator.core.DateTimes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The intervals of a metrics request: aligned to the epoch, covering [from, to). */
record Buckets(Instant from, Instant to, Duration width) {
    private static final int MAX_BUCKETS = 10_000;

    static Buckets of(Instant from, Instant to, Integer intervalInMinutes) {
        int minutes = intervalInMinutes == null ? 60 : intervalInMinutes;
        if (minutes < 1) {
            throw ApiException.invalidInput("intervalInMinutes must be at least 1");
        }
        if (!from.isBefore(to)) {
            throw ApiException.invalidInput("fromDate must be before toDate");
        }
        Buckets buckets = new Buckets(from, to, Duration.ofMinutes(minutes));
        if (Duration.between(buckets.start(from), to).dividedBy(buckets.width) > MAX_BUCKETS) {
            throw ApiException.invalidInput("too many intervals: make intervalInMinutes larger");
        }
        return buckets;
    }

    Instant start(Instant t) {
        long w = width.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli(), w) * w);
    }

    boolean contains(Instant t) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    /** Every interval start, mapped to zero, in time order. */
    Map<String, Double> zeros() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Instant t = start(from); t.isBefore(to); t = t.plus(width)) {
            out.put(DateTimes.format(t), 0.0);
        }
        return out;
    }

    void add(Map<String, Double> breakdown, Instant t, double amount) {
        breakdown.merge(DateTimes.format(start(t)), amount, Double::sum);
    }
}
