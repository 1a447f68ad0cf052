package dev.pantherkernel.magics.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.OperationInterruptedException;
import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.paging.FetchReport;
import dev.pantherkernel.magics.paging.Fetched;
import dev.pantherkernel.magics.paging.PageListener;
import dev.pantherkernel.magics.paging.RestPager;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.RowSink;
import dev.pantherkernel.magics.table.SelectedRowsTableBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Panther's saved and scheduled queries over its REST API ({@code /queries}): listed (Panther filters none, so a
 * text filter is applied here), found by name, and saved. A name is what people share, so a query is named, never
 * asked for by its generated id.
 */
@Internal
public final class SavedQueries {

    public static final List<List<String>> COLUMNS = List.of(List.of("name"), List.of("description"),
            List.of("schedule", "cron"), List.of("schedule", "rateMinutes"), List.of("schedule", "timeoutMinutes"),
            List.of("schedule", "disabled"), List.of("managed"), List.of("createdAt"), List.of("updatedAt"),
            List.of("id"), List.of("sql"));

    private final Connection connection;
    private final PageListener listener;

    public SavedQueries(Connection connection, PageListener listener) {
        this.connection = connection;
        this.listener = listener;
    }

    /** Every saved query whose name, description or SQL contains {@code text} (case-insensitive; null: all). */
    public Result list(String text, long limit, List<String> columns) {
        long started = System.nanoTime();
        String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
        RowSink table = new SelectedRowsTableBuilder("saved queries", COLUMNS);
        RowSink kept = new FilteredRows(table, row -> needle == null || contains(row, needle));
        Fetched fetched = new RestPager(connection.client(), connection.heap()).fetch(RestRequest.get("/queries"), limit, listener, kept);
        Result.Builder result = Result.newResult(ColumnSelection.keep(table.table(), columns)).operation("saved-queries")
                .endpoint(connection.endpoint().uri().getHost()).elapsed(Duration.ofNanos(System.nanoTime() - started));
        FetchReport.pageByPage(limit, "GET /queries").apply(fetched, result);
        return result.build();
    }

    /** The saved query of this name (exactly as written); a usage error naming the close ones when there is none. */
    public JsonNode named(String name) {
        Map<String, JsonNode> byName = all();
        JsonNode found = byName.get(name);
        if (found == null) {
            throw new UsageException("no saved query '" + name + "'" + Suggestions.didYouMean(name, byName.keySet())
                    + " (%panther saved-queries lists them)");
        }
        return found;
    }

    /**
     * Saves {@code sql} under {@code name}: a new saved query, or the one of that name changed (its description and
     * schedule kept unless a description is given). Sent once.
     *
     * @return true when it was new
     */
    public boolean save(String name, String sql, String description) {
        JsonNode existing = all().get(name);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("sql", sql);
        String kept = description != null ? description : existing == null ? null : existing.path("description").asText(null);
        if (kept != null) {
            body.put("description", kept);
        }
        if (existing != null && existing.hasNonNull("schedule")) {
            body.put("schedule", existing.get("schedule"));
        }
        if (existing == null) {
            connection.client().rest(RestRequest.post("/queries").body(body));
            return true;
        }
        connection.client().rest(RestRequest.post("/queries/{id}", existing.path("id").asText()).body(body));
        return false;
    }

    private Map<String, JsonNode> all() {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        List<JsonNode> rows = new ArrayList<>();
        Fetched fetched = new RestPager(connection.client(), connection.heap()).fetch(RestRequest.get("/queries"), 0, listener,
                new CollectedRows(rows));
        if (fetched.failure() != null) {
            throw fetched.failure();
        }
        if (fetched.interrupted()) {
            throw new OperationInterruptedException("GET /queries");
        }
        rows.forEach(row -> byName.putIfAbsent(row.path("name").asText(), row));
        return byName;
    }

    private static boolean contains(JsonNode row, String needle) {
        for (String field : List.of("name", "description", "sql")) {
            if (row.path(field).asText("").toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
