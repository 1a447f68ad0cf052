package dev.pantherkernel.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Runs a SQL query through the API the way the kernel will: execute, poll, page all results. */
final class DataLakeClient {
    private final ApiClient api;

    DataLakeClient(ApiClient api) {
        this.api = api;
    }

    String execute(String sql, String database) {
        JsonNode data = database == null
                ? api.data("mutation($s: String!) { executeDataLakeQuery(input: {sql: $s}) { id } }", "s", sql)
                : api.data("mutation($s: String!, $d: String) { executeDataLakeQuery(input: {sql: $s, databaseName: $d}) { id } }",
                        "s", sql, "d", database);
        return data.path("executeDataLakeQuery").path("id").asText();
    }

    /** Polls until the query leaves running; returns the last poll's {@code dataLakeQuery}. */
    JsonNode await(String id) {
        for (int i = 0; i < 600; i++) {
            JsonNode query = api.data("query($id: ID!) { dataLakeQuery(id: $id) { id status message sql startedAt completedAt } }",
                    "id", id).path("dataLakeQuery");
            if (!"running".equals(query.path("status").asText())) {
                return query;
            }
            sleep(20);
        }
        throw new AssertionError("query " + id + " still running");
    }

    JsonNode page(String id, String cursor, int pageSize) {
        return api.data("""
                query($id: ID!, $c: String, $n: Int) { dataLakeQuery(id: $id) { status results(input: {cursor: $c, pageSize: $n}) {
                  edges { node } pageInfo { hasNextPage endCursor } columnInfo { order types }
                  stats { rowCount bytesScanned executionTime } tryAgain } } }""", "id", id, "c", cursor, "n", pageSize)
                .path("dataLakeQuery").path("results");
    }

    /** Every row of a succeeded query, following cursors page by page. */
    List<JsonNode> rows(String id, int pageSize) {
        List<JsonNode> rows = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = page(id, cursor, pageSize);
            page.path("edges").forEach(edge -> rows.add(edge.path("node")));
            cursor = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asText() : null;
        } while (cursor != null);
        return rows;
    }

    /** Runs a query that must succeed and returns all its rows. */
    List<JsonNode> run(String sql) {
        String id = execute(sql, null);
        JsonNode done = await(id);
        if (!"succeeded".equals(done.path("status").asText())) {
            throw new AssertionError("query failed: " + done);
        }
        return rows(id, 999);
    }

    long count(String sql) {
        return run(sql).get(0).elements().next().asLong();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
