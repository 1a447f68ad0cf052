package dev.pantherkernel.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every benchmark needs: a session connected to the emulator bench/run.sh started, and a place for figures. */
public final class BenchSession implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PantherSession session;
    private final Path out;

    private BenchSession(PantherSession session, Path out) {
        this.session = session;
        this.out = out;
    }

    /** Connects with {@code PANTHER_API_URL} and {@code PANTHER_API_TOKEN}; figures go to the JSON lines file {@code out}. */
    public static BenchSession open(String out) throws IOException {
        Map<String, String> env = Map.of("PANTHER_API_URL", System.getenv("PANTHER_API_URL"),
                "PANTHER_API_TOKEN", System.getenv("PANTHER_API_TOKEN"));
        PantherSession session = new PantherSession(NotebookHost.standalone(),
                Environment.of(env, Files.createTempDirectory("panther-bench-home")), ClientOptions.defaults());
        return new BenchSession(session, Path.of(out));
    }

    /** The SQL of {@code file} (bench/throughput.sql: 10 columns of every kind) for {@code rows} rows. */
    public static String sql(String file, long rows) throws IOException {
        return Files.readString(Path.of(file)).replace("ROWS", Long.toString(rows));
    }

    public PantherSession session() {
        return session;
    }

    public Connection connection() {
        return session.connection();
    }

    /** When Panther says the query finished ({@code completedAt}). */
    public Instant completedAt(String queryId) {
        String text = connection().client().execute(GraphQLRequest.query("dataLakeQuery",
                        "query($id: ID!) { dataLakeQuery(id: $id) { completedAt } }", Map.of("id", queryId)))
                .path("dataLakeQuery").path("completedAt").asText();
        return Instant.parse(text);
    }

    /** Appends one figure line: {@code {"bench": ..., "impl": ..., "run": ..., fields...}}; run 0 is the warm-up. */
    public void record(String bench, String impl, int run, Map<String, Object> fields) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("bench", bench);
        line.put("impl", impl);
        line.put("run", run);
        line.putAll(fields);
        String text = JSON.writeValueAsString(line);
        System.out.println(text);
        Files.writeString(out, text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    public void close() {
        session.close();
    }
}
