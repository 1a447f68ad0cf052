package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.bench.BenchSession;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.session.NotebookHost;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Saves the first results page of the 10-column query, as the emulator sends it to the engine, for
 * {@link PageConversionBenchmark}.
 *
 * <pre>PANTHER_API_URL=.. PANTHER_API_TOKEN=.. java -cp .. dev.pantherkernel.magics.datalake.PageSample SQL_FILE PAGE.json</pre>
 */
public final class PageSample {

    private PageSample() {
    }

    public static void main(String[] args) throws Exception {
        try (BenchSession bench = BenchSession.open("/dev/null")) {
            PantherClient client = bench.connection().client();
            QueryControl control = new QueryControl(client);
            String id = control.start("executeDataLakeQuery", DataLakeOperations.EXECUTE,
                    Map.of("sql", BenchSession.sql(args[0], 2 * DataLakeOperations.PAGE_SIZE)));
            new QueryPoller(control, Backoff.polling(), ClientOptions.Sleeper.REAL)
                    .awaitSuccess(id, Duration.ofMinutes(1), NotebookHost.Progress.NONE);
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", id);
            variables.put("cursor", null);
            byte[] page = client.execute(GraphQLRequest.query("dataLakeQuery", DataLakeOperations.RESULTS, variables),
                    InputStream::readAllBytes);
            Files.write(Path.of(args[1]), page);
        }
    }
}
