package dev.pantherkernel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.client.Backoff;
import dev.pantherkernel.magics.datalake.job.DataLakeSteps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Saves the first PAGES results pages of the 10-column query, as the emulator sends them to the engine, for
 * {@link PageConversionBenchmark}: {@code OUT_DIR/page-001.json} and on.
 *
 * <pre>PANTHER_API_URL=.. PANTHER_API_TOKEN=.. java -cp .. dev.pantherkernel.bench.PageSample SQL_FILE OUT_DIR PAGES</pre>
 */
public final class PageSample {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageSample() {
    }

    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(args[2]);
        Path out = Files.createDirectories(Path.of(args[1]));
        try (BenchSession bench = BenchSession.open("/dev/null")) {
            DataLakeSteps steps = new DataLakeSteps(bench.connection().client());
            String id = steps.start(BenchSession.sql(args[0], (long) pages * DataLakeSteps.PAGE_SIZE));
            steps.awaitSuccess(id, Backoff.polling(), Duration.ofMinutes(1));
            String cursor = null;
            for (int page = 1; page <= pages; page++) {
                byte[] body = steps.page(id, cursor);
                Files.write(out.resolve(String.format("page-%03d.json", page)), body);
                JsonNode info = JSON.readTree(body).path("data").path("dataLakeQuery").path("results").path("pageInfo");
                cursor = info.path("endCursor").asText(null);
            }
        }
    }
}
