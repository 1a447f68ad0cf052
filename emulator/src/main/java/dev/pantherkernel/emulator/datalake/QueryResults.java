package dev.pantherkernel.emulator.datalake;

import com.fasterxml.jackson.databind.util.RawValue;
import java.util.List;
import java.util.Map;

/** The finished result of a query: rows as ready-to-send JSON objects, in order, with column facts. */
record QueryResults(List<String> order, Map<String, String> types, List<RawValue> rows, long bytes,
        double executionMillis) {

    QueryResults {
        order = List.copyOf(order);
        types = Map.copyOf(types);
        rows = List.copyOf(rows);
    }
}
