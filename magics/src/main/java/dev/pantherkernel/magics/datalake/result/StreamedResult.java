package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.paging.Fetched;

import java.time.Duration;

/**
 * How a streamed query went: its id, the SQL sent, the endpoint it ran on, how paging ended, Panther's stats and the
 * time from start to the last page.
 */
@Internal
public record StreamedResult(String queryId, String sql, String endpoint, Fetched fetched, ResultStats stats,
                             Duration elapsed) {

    /** Every row came, and as many as Panther counted. */
    public boolean complete() {
        return fetched.complete() && (stats.rowCount() < 0 || stats.rowCount() == fetched.rows());
    }
}
