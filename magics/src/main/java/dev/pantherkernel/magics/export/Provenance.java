package dev.pantherkernel.magics.export;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a written file's rows came from, stored with them (Parquet key-value metadata, or a {@code .json} sidecar):
 * the source (a query, or a table of the session), the query id, the SQL, the endpoint (never the token), the
 * query's time window as its SQL wrote it, the row count, when it was written, and whether rows are missing.
 *
 * @param timeWindow the SQL's time filters ({@code p_occurs_since('90 days')}), evaluated when the query started
 * @param partial    why rows are missing (an interrupt, a failure), or null when the file has them all
 */
record Provenance(String source, String queryId, String sql, String endpoint, List<String> timeWindow,
                         Instant queryStartedAt, long rowCount, Instant writtenAt, String partial) {

    public Provenance {
        timeWindow = timeWindow == null ? List.of() : List.copyOf(timeWindow);
    }

    Provenance withRows(long rows, Instant at, String partialReason) {
        return new Provenance(source, queryId, sql, endpoint, timeWindow, queryStartedAt, rows, at, partialReason);
    }

    /** The facts by name, as text, in a stable order; absent facts are left out. */
    public Map<String, String> asText() {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "source", source);
        put(out, "query_id", queryId);
        put(out, "sql", sql);
        put(out, "endpoint", endpoint);
        if (!timeWindow.isEmpty()) {
            out.put("time_window", String.join(" AND ", timeWindow)
                    + (queryStartedAt == null ? "" : " (the query started at " + queryStartedAt + ")"));
        } else if (sql != null) {
            out.put("time_window", "none in the SQL's p_occurs_* macros"
                    + (queryStartedAt == null ? "" : "; the query started at " + queryStartedAt));
        }
        out.put("row_count", Long.toString(rowCount));
        put(out, "written_at", writtenAt == null ? null : writtenAt.toString());
        out.put("partial", partial == null ? "false" : "true");
        put(out, "partial_reason", partial);
        out.put("written_by", "panther-kernel");
        return out;
    }

    private static void put(Map<String, String> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
