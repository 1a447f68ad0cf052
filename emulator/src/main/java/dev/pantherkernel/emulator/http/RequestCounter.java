package dev.pantherkernel.emulator.http;

import dev.pantherkernel.emulator.faults.OperationShape;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts received requests per root field and per operation name, faulted ones included, so a test
 * can prove that a client sent a mutation once.
 */
public final class RequestCounter {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void record(OperationShape shape) {
        shape.rootFields().forEach(this::increment);
        if (shape.operationName() != null && !shape.rootFields().contains(shape.operationName())) {
            increment(shape.operationName());
        }
    }

    /** Requests that selected this root field or were sent under this operation name. */
    public long count(String rootFieldOrOperationName) {
        LongAdder adder = counts.get(rootFieldOrOperationName);
        return adder == null ? 0 : adder.sum();
    }

    private void increment(String name) {
        counts.computeIfAbsent(name, k -> new LongAdder()).increment();
    }
}
