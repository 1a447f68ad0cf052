package dev.pantherkernel.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.datalake.job.Partitions;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQL = "SELECT SEQ4() AS id, 'row ' || SEQ4() AS label FROM TABLE(GENERATOR(ROWCOUNT => 2500))";
    private static final String EXECUTE = "mutation($input: ExecuteDataLakeQueryInput!) { executeDataLakeQuery(input: $input) { id } }";
    private static final String STATE = "query($id: ID!) { dataLakeQuery(id: $id) { status } }";
    private static final String RESULTS = "query($id: ID!, $cursor: String) { dataLakeQuery(id: $id) { results(input: "
            + "{cursor: $cursor, pageSize: 999}) { columnInfo { order types } pageInfo { hasNextPage endCursor } edges { node } } } }";

    private final HttpClient http = HttpClient.newHttpClient();
    private PantherEmulator emulator;
    private ReplayServer replay;

    @BeforeAll
    void start() throws IOException {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01).queryLatency(Duration.ofMillis(300)).build());
        replay = ReplayServer.start(emulator.url(), 0);
    }

    @AfterAll
    void stop() {
        replay.close();
        emulator.close();
    }

    @Test
    void servesAFinishedQuerysPagesAsTheServerSentThemWithoutAskingItAgain() throws Exception {
        String first = run(replay.url());
        List<byte[]> recorded = pages(replay.url(), first);
        assertThat(recorded).hasSize(3);
        List<byte[]> direct = pages(emulator.url(), first);
        for (int i = 0; i < direct.size(); i++) {
            assertThat(recorded.get(i)).as("page %d", i + 1).isEqualTo(direct.get(i));
        }

        long asked = emulator.requestCount("dataLakeQuery") + emulator.requestCount("executeDataLakeQuery");
        String again = run(replay.url());
        List<byte[]> replayed = pages(replay.url(), again);
        assertThat(again).isEqualTo(first);
        assertThat(emulator.requestCount("dataLakeQuery") + emulator.requestCount("executeDataLakeQuery")).isEqualTo(asked);
        for (int i = 0; i < direct.size(); i++) {
            assertThat(replayed.get(i)).as("page %d", i + 1).isEqualTo(direct.get(i));
        }
    }

    @Test
    void aQueryStillRunningIsAskedAboutAgainUntilItFinished() throws Exception {
        String sql = "SELECT 42 AS answer";
        String id = call(replay.url(), EXECUTE, Map.of("input", Map.of("sql", sql))).path("executeDataLakeQuery").path("id").asText();
        assertThat(call(replay.url(), STATE, Map.of("id", id)).path("dataLakeQuery").path("status").asText()).isEqualTo("running");
        Thread.sleep(400);
        long polls = emulator.requestCount("dataLakeQuery");
        assertThat(call(replay.url(), STATE, Map.of("id", id)).path("dataLakeQuery").path("status").asText()).isEqualTo("succeeded");
        assertThat(emulator.requestCount("dataLakeQuery")).isEqualTo(polls + 1);
        call(replay.url(), STATE, Map.of("id", id));
        assertThat(emulator.requestCount("dataLakeQuery")).isEqualTo(polls + 1);
    }

    @Test
    void errorsArePassedOnAndNotKept() throws Exception {
        long asked = emulator.requestCount("alertz");
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> refused = post(replay.url(), "{ alertz { id } }", Map.of());
            assertThat(new String(refused.body())).contains("GRAPHQL_VALIDATION_FAILED");
        }
        assertThat(emulator.requestCount("alertz")).isEqualTo(asked + 2);
    }

    @Test
    void theEngineGetsTheSameTableThroughTheReplayAsFromTheServer(@TempDir Path home) {
        Table direct = fetch(emulator.url(), home);
        Table first = fetch(replay.url(), home);
        Table again = fetch(replay.url(), home);
        assertThat(first.rowCount()).isEqualTo(2500);
        assertThat(first.printAll()).isEqualTo(direct.printAll());
        assertThat(again.printAll()).isEqualTo(direct.printAll());
    }

    @Test
    void withALatencyEveryAnswerWaitsItAsTheEmulatorsLatencyMakesItWait() throws Exception {
        Duration latency = Duration.ofMillis(300);
        try (ReplayServer slow = ReplayServer.start(emulator.url(), 0, latency)) {
            String id = run(slow.url());
            pages(slow.url(), id);
            long asked = emulator.requestCount("dataLakeQuery");

            long replayedStart = System.nanoTime();
            byte[] replayed = post(slow.url(), STATE, Map.of("id", id)).body();
            Duration replayedTook = Duration.ofNanos(System.nanoTime() - replayedStart);
            long directStart = System.nanoTime();
            byte[] direct = post(emulator.url(), STATE, Map.of("id", id)).body();
            Duration directTook = Duration.ofNanos(System.nanoTime() - directStart);

            assertThat(replayed).isEqualTo(direct);
            assertThat(emulator.requestCount("dataLakeQuery")).isEqualTo(asked + 1);
            assertThat(replayedTook).isGreaterThanOrEqualTo(latency);
            assertThat(directTook).isLessThan(latency);
        }
    }

    @Test
    void requestsSideBySideWaitTheLatencySideBySideNotOneAfterAnother() throws Exception {
        Duration latency = Duration.ofMillis(500);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try (ReplayServer slow = ReplayServer.start(emulator.url(), 0, latency)) {
            String id = run(slow.url());
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return post(slow.url(), STATE, Map.of("id", id));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, clients));
            }
            answers.forEach(answer -> assertThat(answer.join().statusCode()).isEqualTo(200));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).isGreaterThanOrEqualTo(latency).isLessThan(latency.multipliedBy(3));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aQuerySplitInTimePartitionsIsRecordedOnceAndThenServedFromMemoryWithTheSameRows(@TempDir Path home) throws IOException {
        String sql = "SELECT * FROM (SELECT SEQ4() AS id, DATEADD(minute, SEQ4(), '2024-01-01'::TIMESTAMP) AS p_event_time "
                + "FROM TABLE(GENERATOR(ROWCOUNT => 3000))) WHERE p_event_time >= '2024-01-01' AND p_event_time < '2024-01-03'";
        try (ReplayServer slow = ReplayServer.start(emulator.url(), 0, Duration.ofMillis(20))) {
            Table whole = fetch(emulator.url(), home, sql, Partitions.WHOLE);
            Table recorded = fetch(slow.url(), home, sql, new Partitions(4));
            long asked = emulator.requestCount("dataLakeQuery") + emulator.requestCount("executeDataLakeQuery");
            long passedOn = slow.passedOn();

            Table replayed = fetch(slow.url(), home, sql, new Partitions(4));

            assertThat(recorded.rowCount()).isEqualTo(2880);
            assertThat(recorded.sortOn("id").printAll()).isEqualTo(whole.sortOn("id").printAll());
            assertThat(replayed.printAll()).isEqualTo(recorded.printAll());
            assertThat(slow.passedOn()).isEqualTo(passedOn);
            assertThat(emulator.requestCount("dataLakeQuery") + emulator.requestCount("executeDataLakeQuery")).isEqualTo(asked);
        }
    }

    @Test
    void aLatencyIsWrittenAsTheEmulatorsIs() {
        assertThat(ReplayServer.duration("50ms")).isEqualTo(Duration.ofMillis(50));
        assertThat(ReplayServer.duration("2s")).isEqualTo(Duration.ofSeconds(2));
        assertThatThrownBy(() -> ReplayServer.duration("fast")).hasMessageContaining("50ms or 2s");
    }

    private Table fetch(String url, Path home, String sql, Partitions partitions) {
        try (PantherSession session = new PantherSession(NotebookHost.standalone(),
                Environment.of(Map.of("PANTHER_API_URL", url, "PANTHER_API_TOKEN", emulator.token()), home),
                ClientOptions.defaults())) {
            return DataLakeQuery.sql(session.connection(), sql).partitions(partitions).fetch().table();
        }
    }

    private Table fetch(String url, Path home) {
        try (PantherSession session = new PantherSession(NotebookHost.standalone(),
                Environment.of(Map.of("PANTHER_API_URL", url, "PANTHER_API_TOKEN", emulator.token()), home),
                ClientOptions.defaults())) {
            return DataLakeQuery.sql(session.connection(), SQL + " ORDER BY id").fetch().table();
        }
    }

    /** Runs the query to its end through {@code url}; returns its id. */
    private String run(String url) throws Exception {
        String id = call(url, EXECUTE, Map.of("input", Map.of("sql", SQL))).path("executeDataLakeQuery").path("id").asText();
        for (int i = 0; i < 200; i++) {
            if (!call(url, STATE, Map.of("id", id)).path("dataLakeQuery").path("status").asText().equals("running")) {
                return id;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("query " + id + " did not finish");
    }

    private List<byte[]> pages(String url, String id) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", id);
            variables.put("cursor", cursor);
            byte[] body = post(url, RESULTS, variables).body();
            bodies.add(body);
            JsonNode info = JSON.readTree(body).path("data").path("dataLakeQuery").path("results").path("pageInfo");
            cursor = info.path("hasNextPage").asBoolean() ? info.path("endCursor").asText() : null;
        } while (cursor != null);
        return bodies;
    }

    private JsonNode call(String url, String query, Map<String, Object> variables) throws Exception {
        JsonNode answer = JSON.readTree(post(url, query, variables).body());
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        return answer.path("data");
    }

    private HttpResponse<byte[]> post(String url, String query, Map<String, Object> variables) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-API-Key", emulator.token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
