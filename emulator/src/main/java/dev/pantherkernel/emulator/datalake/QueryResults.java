package dev.pantherkernel.emulator.datalake;

import java.util.List;
import java.util.Map;

/**
 * The finished result of a query: rows as ready-to-send JSON objects, in order (kept off the heap, see
 * {@link ResultRows}), with column facts. Closing frees the rows.
 */
record QueryResults(List<String> order, Map<String, String> types, ResultRows rows, long bytes,
        double executionMillis) implements AutoCloseable {

    QueryResults {
        order = List.copyOf(order);
        types = Map.copyOf(types);
    }

    @Override
    public void close() {
        rows.close();
    }
}
