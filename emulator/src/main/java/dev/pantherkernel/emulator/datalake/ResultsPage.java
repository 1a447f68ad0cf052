package dev.pantherkernel.emulator.datalake;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.pantherkernel.emulator.paging.PageInfo;
import java.util.List;
import java.util.Map;

/** One page of {@code DataLakeQueryResults}; {@code actorProfiles} describe the actors its rows name, when known. */
record ResultsPage(List<Row> edges, PageInfo pageInfo, ColumnInfo columnInfo, Stats stats, boolean tryAgain,
        List<Object> actorProfiles) {

    /** A row and its place in the result; the id is made only when a client asks for it (most ask only for node). */
    record Row(int index, RawValue node) {
        String id() {
            return Integer.toString(index);
        }
    }

    record ColumnInfo(List<String> order, Map<String, String> types) {}

    record Stats(double bytesScanned, double executionTime, double rowCount) {}
}
