package dev.pantherkernel.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.client.Backoff;
import dev.pantherkernel.magics.datalake.job.DataLakeSteps;
import dev.pantherkernel.magics.datalake.result.PageConversion;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 5: does paging overlap fetching a page with converting one? From a results-replay server that waits
 * before each answer (about as long as converting a page takes, so that the sum and the larger of the two differ most,
 * while the server's own CPU stays out of the way), one query's pages are taken three ways per run: by the engine
 * ({@link DataLakeSteps#pageAll}, what {@code %%panther sql} does after the query finished); fetched only (each
 * page's bytes, one after another, timed per page); and converted only (those bytes into typed columns as the pager
 * converts them, {@link PageConversion}, timed per page, and the table made from them at the end, counted
 * with the last page). Sequential paging would take the sum of fetch and convert per page; perfect overlap the larger
 * of the two per page.
 *
 * <pre>PANTHER_API_URL=.. PANTHER_API_TOKEN=.. java -cp .. dev.pantherkernel.bench.PipeliningBenchmark OUT.jsonl SQL_FILE ROWS RUNS WAIT</pre>
 *
 * WAIT is what the server waits before each answer, as the report should name it (run 0, the warm-up, is the one the
 * replay server records from the emulator behind it).
 */
public final class PipeliningBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PipeliningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String sql = BenchSession.sql(args[1], Long.parseLong(args[2]));
        int runs = Integer.parseInt(args[3]);
        String serverWait = args[4];
        try (BenchSession bench = BenchSession.open(args[0])) {
            DataLakeSteps steps = new DataLakeSteps(bench.connection().client());
            String id = steps.start(sql);
            steps.awaitSuccess(id, Backoff.polling(), Duration.ofMinutes(10));
            for (int run = 0; run <= runs; run++) {
                long start = System.nanoTime();
                long rows = steps.pageAll(id);
                double pipelined = (System.nanoTime() - start) / 1e9;

                List<byte[]> bodies = new ArrayList<>();
                List<Double> fetch = fetchOnly(steps, id, bodies);
                List<Double> convert = convertOnly(id, bodies);
                double fetchSum = 0;
                double convertSum = 0;
                double maxSum = 0;
                for (int i = 0; i < fetch.size(); i++) {
                    fetchSum += fetch.get(i);
                    convertSum += convert.get(i);
                    maxSum += Math.max(fetch.get(i), convert.get(i));
                }
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("server_wait", serverWait);
                f.put("rows", rows);
                f.put("pages", fetch.size());
                f.put("fetch_s", fetchSum);
                f.put("convert_s", convertSum);
                f.put("sum_s", fetchSum + convertSum);
                f.put("max_s", maxSum);
                f.put("pipelined_s", pipelined);
                f.put("overlap_position", (pipelined - maxSum) / (fetchSum + convertSum - maxSum));
                bench.record("pipelining", "panther", run, f);
            }
        }
    }

    /** Each page's body, fetched one after another; returns the seconds each took. */
    private static List<Double> fetchOnly(DataLakeSteps steps, String id, List<byte[]> bodies) throws IOException {
        List<Double> seconds = new ArrayList<>();
        String cursor = null;
        do {
            long start = System.nanoTime();
            byte[] body = steps.page(id, cursor);
            seconds.add((System.nanoTime() - start) / 1e9);
            bodies.add(body);
            JsonNode info = JSON.readTree(body).path("data").path("dataLakeQuery").path("results").path("pageInfo");
            cursor = info.path("hasNextPage").asBoolean() ? info.path("endCursor").asText() : null;
        } while (cursor != null);
        return seconds;
    }

    /** Each body read into typed columns and added to one table, as the engine does; the seconds each took. */
    private static List<Double> convertOnly(String id, List<byte[]> bodies) throws IOException {
        List<Double> seconds = new ArrayList<>();
        PageConversion table = new PageConversion(id);
        for (byte[] body : bodies) {
            long start = System.nanoTime();
            table.add(body);
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        long start = System.nanoTime();
        table.table("sql");
        seconds.set(seconds.size() - 1, seconds.get(seconds.size() - 1) + (System.nanoTime() - start) / 1e9);
        return seconds;
    }
}
