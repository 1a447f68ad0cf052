package dev.pantherkernel.bench;

import dev.pantherkernel.magics.client.Backoff;
import dev.pantherkernel.magics.datalake.job.DataLakeSteps;
import dev.pantherkernel.magics.datalake.job.QueryState;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Benchmark 4: how long after Panther finishes a query the client notices. Against an emulator whose queries stay
 * running 200 ms ({@code --query-latency 200ms}), a quick query is started and awaited by the engine's own poller
 * ({@link Backoff#polling()}) and by a fixed 1 s poller, alternately, a warm-up and then RUNS times each. The delay
 * is the moment the poller returns minus the query's {@code completedAt} (same machine, same clock).
 *
 * <pre>PANTHER_API_URL=.. PANTHER_API_TOKEN=.. java -cp .. dev.pantherkernel.bench.PollingBenchmark OUT.jsonl RUNS</pre>
 */
public final class PollingBenchmark {

    private static final Backoff FIXED_ONE_SECOND = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ZERO, 1, Duration.ofSeconds(1));

    private PollingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[1]);
        try (BenchSession bench = BenchSession.open(args[0])) {
            DataLakeSteps steps = new DataLakeSteps(bench.connection().client());
            for (int run = 0; run <= runs; run++) {
                measure(bench, steps, "panther", Backoff.polling(), run);
                measure(bench, steps, "fixed-1s", FIXED_ONE_SECOND, run);
            }
        }
    }

    private static void measure(BenchSession bench, DataLakeSteps steps, String impl, Backoff backoff, int run)
            throws Exception {
        long start = System.nanoTime();
        String id = steps.start("SELECT 1 AS one");
        QueryState state = steps.awaitSuccess(id, backoff, Duration.ofMinutes(1));
        Instant detected = Instant.now();
        double total = (System.nanoTime() - start) / 1e9;
        Instant completed = Instant.parse(state.completedAt());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("detect_delay_ms", Duration.between(completed, detected).toNanos() / 1e6);
        f.put("submit_to_detect_s", total);
        bench.record("polling", impl, run, f);
    }
}
