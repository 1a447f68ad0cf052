package dev.pantherkernel.magics.datalake.result;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.core.Internal;

/** What Panther says about a finished query's results: bytes scanned, execution time and the number of rows. */
@Internal
public record ResultStats(double bytesScanned, double executionMillis, long rowCount) {

    public static final ResultStats NONE = new ResultStats(0, 0, -1);

    static ResultStats of(JsonNode stats) {
        return new ResultStats(stats.path("bytesScanned").asDouble(0), stats.path("executionTime").asDouble(0),
                stats.path("rowCount").isNumber() ? Math.round(stats.path("rowCount").asDouble()) : -1);
    }
}
