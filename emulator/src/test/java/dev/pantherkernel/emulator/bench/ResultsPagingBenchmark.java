package dev.pantherkernel.emulator.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * How fast the emulator serves a large result: one 1,000,000-row query, paged 999 rows at a time by
 * one client over HTTP, as the kernel pages. Not a test: run it by hand (see the emulator README)
 * and record the figure there.
 */
public final class ResultsPagingBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQL = "SELECT n, 'row ' || n AS label, n * 0.5 AS half, "
            + "DATEADD(second, n, '2024-01-01'::TIMESTAMP) AS ts FROM (SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => %d)))";
    private static final String PAGE = "query($id: ID!, $c: String) { dataLakeQuery(id: $id) { results(input: {cursor: $c, "
            + "pageSize: 999}) { edges { node } pageInfo { hasNextPage endCursor } stats { rowCount } } } }";

    private ResultsPagingBenchmark() {}

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        try (PantherEmulator emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0).build())) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            long t0 = System.nanoTime();
            String id = post(http, emulator, "mutation($s: String!) { executeDataLakeQuery(input: {sql: $s}) { id } }",
                    Map.of("s", SQL.formatted(rows))).path("data").path("executeDataLakeQuery").path("id").asText();
            while (post(http, emulator, "query($id: ID!) { dataLakeQuery(id: $id) { status } }", Map.of("id", id))
                    .path("data").path("dataLakeQuery").path("status").asText().equals("running")) {
                Thread.sleep(20);
            }
            long t1 = System.nanoTime();
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                long seen = 0;
                int pages = 0;
                String cursor = null;
                do {
                    Page page = page(http, emulator, id, cursor);
                    seen += page.rows;
                    pages++;
                    cursor = page.next;
                } while (cursor != null);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("round %d: %d rows in %d pages in %.2f s = %.0f rows/s%n", round + 1, seen, pages, seconds,
                        seen / seconds);
            }
            System.out.printf("query (execute + run + poll) took %.2f s%n", (t1 - t0) / 1e9);
        }
    }

    private record Page(long rows, String next) {}

    /** Counts a page's rows with the streaming parser, as a fast client would, instead of building a tree. */
    private static Page page(HttpClient http, PantherEmulator emulator, String id, String cursor) throws Exception {
        Map<String, Object> vars = cursor == null ? Map.of("id", id) : Map.of("id", id, "c", cursor);
        HttpResponse<InputStream> response = http.send(request(emulator, PAGE, vars), HttpResponse.BodyHandlers.ofInputStream());
        long rows = 0;
        String next = null;
        boolean hasNext = false;
        try (JsonParser p = new JsonFactory().createParser(response.body())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME) {
                    switch (p.currentName()) {
                        case "node" -> {
                            p.nextToken();
                            p.skipChildren();
                            rows++;
                        }
                        case "hasNextPage" -> hasNext = p.nextBooleanValue();
                        case "endCursor" -> next = p.nextTextValue();
                        default -> { }
                    }
                }
            }
        }
        return new Page(rows, hasNext ? next : null);
    }

    private static JsonNode post(HttpClient http, PantherEmulator emulator, String query, Map<String, Object> vars) throws Exception {
        return JSON.readTree(http.send(request(emulator, query, vars), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static HttpRequest request(PantherEmulator emulator, String query, Map<String, Object> vars) throws Exception {
        return HttpRequest.newBuilder(URI.create(emulator.url())).header("X-API-Key", emulator.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(Map.of("query", query, "variables", vars))))
                .build();
    }
}
