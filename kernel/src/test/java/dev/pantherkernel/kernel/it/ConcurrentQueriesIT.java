package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load: four kernels, started by Jupyter's client, share one emulator; each runs five data lake queries at once from
 * one cell (threads on the session's connection, the engine behind %%panther sql), all four at the same moment, and
 * then one %%panther sql cell each, again together. Every query must come back with exactly its rows (count and sum
 * of a known series). How far the queries overlapped on the server is measured from its query history and reported,
 * not asserted.
 */
class ConcurrentQueriesIT {

    private static final int KERNELS = 4;
    private static final int PER_KERNEL = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReliabilityFigures FIGURES = new ReliabilityFigures("concurrent-queries");

    private static PantherEmulator emulator;
    private static final List<KernelSession> SESSIONS = new ArrayList<>();
    private static final ExecutorService FRONT_ENDS = Executors.newFixedThreadPool(KERNELS);

    @BeforeAll
    static void start() throws Exception {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(5).scale(0.01)
                .queryLatency(Duration.ofMillis(400)).build());
        Map<String, String> env = Map.of("PANTHER_API_URL", emulator.url(), "PANTHER_API_TOKEN", emulator.token());
        // One after the other: each jupyter_client picks its kernel's ports by binding and releasing them, so four
        // driver processes starting at once can hand two kernels the same port (jupyter_client issue 276; Jupyter
        // Server avoids it by keeping one cache of ports in one process). The queries, not the starts, are the load.
        for (int k = 0; k < KERNELS; k++) {
            SESSIONS.add(KernelSession.start(env));
        }
        for (KernelSession kernel : SESSIONS) {
            assertThat(kernel.execute("%panther connect").status()).isEqualTo("ok");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        SESSIONS.forEach(KernelSession::close);
        FRONT_ENDS.shutdownNow();
        for (KernelSession kernel : SESSIONS) {
            assertThat(kernel.transcript()).doesNotContain(emulator.token());
        }
        emulator.close();
        FIGURES.save();
    }

    private static int size(int kernel, int query) {
        return 300 + 300 * (kernel * PER_KERNEL + query) + kernel;
    }

    /** One cell that starts five queries on five threads at once and lists size:rows:sum for each. */
    private static String fiveAtOnce(int kernel) {
        StringBuilder sizes = new StringBuilder();
        for (int q = 0; q < PER_KERNEL; q++) {
            sizes.append(q == 0 ? "" : ", ").append(size(kernel, q));
        }
        return """
                var sizes = List.of(%s);
                var pool = java.util.concurrent.Executors.newFixedThreadPool(sizes.size());
                var go = new java.util.concurrent.CountDownLatch(1);
                var answers = new ArrayList<java.util.concurrent.Future<String>>();
                for (int size : sizes) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        Table t = dev.pantherkernel.magics.datalake.DataLakeQuery.sql(
                                dev.pantherkernel.magics.session.PantherSession.current().connection(),
                                "SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => " + size + ")) ORDER BY n").fetch().table();
                        return size + ":" + t.rowCount() + ":" + (long) ((LongColumn) t.column("n")).sum();
                    }));
                }
                go.countDown();
                var lines = new ArrayList<String>();
                for (var answer : answers) {
                    lines.add(answer.get());
                }
                pool.shutdown();
                String.join(",", lines)
                """.formatted(sizes);
    }

    private static List<Execution> allAtOnce(List<String> cells) throws Exception {
        CyclicBarrier together = new CyclicBarrier(KERNELS);
        List<Callable<Execution>> runs = new ArrayList<>();
        for (int k = 0; k < KERNELS; k++) {
            KernelSession kernel = SESSIONS.get(k);
            String cell = cells.get(k);
            runs.add(() -> {
                together.await();
                return kernel.execute(cell);
            });
        }
        List<Execution> out = new ArrayList<>();
        for (Future<Execution> run : FRONT_ENDS.invokeAll(runs)) {
            out.add(run.get());
        }
        return out;
    }

    @Test
    void twentyConcurrentQueriesFromFourKernelsAllReturnExactlyTheirRows() throws Exception {
        Instant started = Instant.now();
        List<String> cells = new ArrayList<>();
        for (int k = 0; k < KERNELS; k++) {
            cells.add(fiveAtOnce(k));
        }
        List<Execution> runs = allAtOnce(cells);

        long rows = 0;
        int correct = 0;
        for (int k = 0; k < KERNELS; k++) {
            Execution run = runs.get(k);
            assertThat(run.status()).as("kernel %d: %s", k, run.errorValue()).isEqualTo("ok");
            String[] answers = run.text().replace("\"", "").split(",");
            assertThat(answers).hasSize(PER_KERNEL);
            for (int q = 0; q < PER_KERNEL; q++) {
                long n = size(k, q);
                assertThat(answers[q]).as("kernel %d query %d", k, q).isEqualTo(n + ":" + n + ":" + n * (n - 1) / 2);
                rows += n;
                correct++;
            }
        }
        List<String> magicCells = new ArrayList<>();
        for (int k = 0; k < KERNELS; k++) {
            magicCells.add("%%panther sql --as t\nSELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => " + (3000 + k) + ")) ORDER BY n");
        }
        List<Execution> magic = allAtOnce(magicCells);
        for (int k = 0; k < KERNELS; k++) {
            assertThat(magic.get(k).status()).isEqualTo("ok");
            assertThat(SESSIONS.get(k).execute("t.rowCount() + \":\" + (long) ((LongColumn) t.column(\"n\")).sum()").text())
                    .isEqualTo((3000 + k) + ":" + (long) (3000 + k) * (2999 + k) / 2);
            rows += 3000 + k;
            correct++;
        }

        FIGURES.total("kernels", KERNELS).total("queries", correct).total("queriesWithExactRows", correct)
                .total("rows", rows).total("maxRunningAtOnceOnServer", maxOverlap(started));
    }

    /** The most of this test's queries the emulator had running at one moment, from its query history. */
    private static int maxOverlap(Instant since) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        List<Instant[]> spans = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> input = new HashMap<>();
            input.put("pageSize", 50);
            if (cursor != null) {
                input.put("cursor", cursor);
            }
            String body = JSON.writeValueAsString(Map.of("query", "query($i: DataLakeQueriesInput) { dataLakeQueries(input: $i) "
                    + "{ edges { node { sql startedAt completedAt } } pageInfo { hasNextPage endCursor } } }", "variables",
                    Map.of("i", input)));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(emulator.url()))
                    .header("Content-Type", "application/json").header("X-API-Key", emulator.token())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode queries = JSON.readTree(response.body()).path("data").path("dataLakeQueries");
            for (JsonNode edge : queries.path("edges")) {
                JsonNode node = edge.path("node");
                if (node.path("sql").asText().contains("GENERATOR(ROWCOUNT") && node.hasNonNull("completedAt")) {
                    Instant start = Instant.parse(node.path("startedAt").asText());
                    if (!start.isBefore(since.minusSeconds(1))) {
                        spans.add(new Instant[] {start, Instant.parse(node.path("completedAt").asText())});
                    }
                }
            }
            cursor = queries.path("pageInfo").path("hasNextPage").asBoolean() ? queries.path("pageInfo").path("endCursor").asText() : null;
        } while (cursor != null);
        int most = 0;
        for (Instant[] span : spans) {
            int running = 0;
            for (Instant[] other : spans) {
                if (!other[0].isAfter(span[0]) && other[1].isAfter(span[0])) {
                    running++;
                }
            }
            most = Math.max(most, running);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("queriesInHistory", spans.size());
        row.put("maxRunningAtOnce", most);
        FIGURES.row(row);
        return most;
    }
}
