package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.bench.BenchSession;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.session.NotebookHost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Saves the first PAGES results pages of the 10-column query, as the emulator sends them to the engine, for
 * {@link PageConversionBenchmark}: {@code OUT_DIR/page-001.json} and on.
 *
 * <pre>PANTHER_API_URL=.. PANTHER_API_TOKEN=.. java -cp .. dev.pantherkernel.magics.datalake.PageSample SQL_FILE OUT_DIR PAGES</pre>
 */
public final class PageSample {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageSample() {
    }

    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(args[2]);
        Path out = Files.createDirectories(Path.of(args[1]));
        try (BenchSession bench = BenchSession.open("/dev/null")) {
            PantherClient client = bench.connection().client();
            QueryControl control = new QueryControl(client);
            String id = control.start("executeDataLakeQuery", DataLakeOperations.EXECUTE,
                    Map.of("sql", BenchSession.sql(args[0], (long) pages * DataLakeOperations.PAGE_SIZE)));
            new QueryPoller(control, Backoff.polling(), ClientOptions.Sleeper.REAL)
                    .awaitSuccess(id, Duration.ofMinutes(1), NotebookHost.Progress.NONE);
            String cursor = null;
            for (int page = 1; page <= pages; page++) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("id", id);
                variables.put("cursor", cursor);
                byte[] body = client.execute(GraphQLRequest.query("dataLakeQuery", DataLakeOperations.RESULTS, variables),
                        InputStream::readAllBytes);
                Files.write(out.resolve(String.format("page-%03d.json", page)), body);
                JsonNode info = JSON.readTree(body).path("data").path("dataLakeQuery").path("results").path("pageInfo");
                cursor = info.path("endCursor").asText(null);
            }
        }
    }
}
