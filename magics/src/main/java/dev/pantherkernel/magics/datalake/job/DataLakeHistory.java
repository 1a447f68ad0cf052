package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.paging.Operation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The history of data lake queries ({@code dataLakeQueries}), newest first, as an operation for the paging engine. */
@Internal
public final class DataLakeHistory {

    static final int PAGE_SIZE = 100;

    private DataLakeHistory() {
    }

    /**
     * @param since    only queries started after this time; null for all
     * @param contains only queries whose SQL contains this text; null for all
     * @param running  only queries still running
     */
    public static Operation operation(Instant since, String contains, boolean running, long limit, List<String> columns) {
        Map<String, Object> input = new LinkedHashMap<>();
        if (since != null) {
            input.put("startedAtAfter", TimeText.format(since));
        }
        if (contains != null) {
            input.put("contains", contains);
        }
        if (running) {
            input.put("status", List.of(QueryStatus.RUNNING.apiName()));
        }
        input.put("sortDir", "descending");
        input.put("pageSize", PAGE_SIZE);
        return Operation.newOperation("queries", JobOperations.HISTORY).variables(Map.of("input", input)).limit(limit)
                .columns(columns).build();
    }
}
