package dev.pantherkernel.bench;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.table.Result;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 1: a {@code %%panther sql} cell (the magic, the same call the kernel makes) that pages a result into a
 * Table, a warm-up and then RUNS times in one JVM, as in a kernel session. Per run: wall time, rows/s, the time after
 * Panther said the query finished, the peak heap after any garbage collection and the size of the final table (both
 * above the heap in use before the run). DATASET and SERVER ({@code replay} or {@code live}) label the figures.
 *
 * <p>With PYTHON SCRIPT ROUTE... (bench/python/datalake_python.py), each run also runs each Python route as a
 * process ({@code PYTHON SCRIPT ROUTE OUT.jsonl RUN SQL_FILE ROWS DATASET SERVER}), before or after ours by turns, so
 * all meet the server equally warm. A route that fails (exit status 3: it wrote why) is left out from then on.
 *
 * <pre>PANTHER_API_URL=.. PANTHER_API_TOKEN=.. java -cp .. dev.pantherkernel.bench.ThroughputBenchmark OUT.jsonl DATASET SERVER SQL_FILE ROWS RUNS [PYTHON SCRIPT ROUTE...]</pre>
 */
public final class ThroughputBenchmark {

    private static final int SERVER_WARM_UPS = 2;

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String out = args[0];
        String dataset = args[1];
        String server = args[2];
        String sql = BenchSession.sql(args[3], Long.parseLong(args[4]));
        int runs = Integer.parseInt(args[5]);
        PythonRoutes python = args.length > 6
                ? new PythonRoutes(List.of(args[6], args[7]), List.of(args).subList(8, args.length),
                        List.of(out, "RUN", args[3], args[4], dataset, server))
                : PythonRoutes.NONE;
        HeapWatch heap = new HeapWatch();
        // The emulator's JIT takes more than one million-row pass to settle (its CPU per pass kept falling over the
        // first three): two passes of ours warm it, unrecorded, before the recorded warm-up and runs of both routes.
        for (int pass = 0; pass < SERVER_WARM_UPS; pass++) {
            try (BenchSession bench = BenchSession.open(out)) {
                new PantherMagics(bench.session()).cell(List.of("sql"), sql);
            }
        }
        for (int run = 0; run <= runs; run++) {
            if (run % 2 == 1) {
                python.run(run);
            }
            // a session per run: a session keeps its last result, which would count in the next run's baseline
            try (BenchSession bench = BenchSession.open(out)) {
                PantherMagics magics = new PantherMagics(bench.session());
                bench.connection();
                long baseline = HeapWatch.settledUse();
                heap.reset();
                long cpuStart = cpuNanos();
                double serverCpuStart = serverCpuSeconds();
                Instant startedAt = Instant.now();
                long start = System.nanoTime();
                Result result = (Result) magics.cell(List.of("sql"), sql);
                long end = System.nanoTime();
                Instant endedAt = Instant.now();
                double cpu = (cpuNanos() - cpuStart) / 1e9;
                double serverCpu = serverCpuSeconds() - serverCpuStart;
                long peak = heap.peak();
                int collections = heap.collections();
                long tableBytes = HeapWatch.settledUse() - baseline;
                String queryId = result.footer().stream().filter(s -> s.startsWith("query ")).findFirst().orElseThrow()
                        .substring("query ".length());
                Instant completed = bench.completedAt(queryId);
                double wall = (end - start) / 1e9;
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("dataset", dataset);
                f.put("server", server);
                f.put("rows", result.table().rowCount());
                f.put("columns", result.table().columnCount());
                f.put("pages", result.pages());
                f.put("wall_s", wall);
                f.put("rows_per_s", result.table().rowCount() / wall);
                f.put("server_done_s", Duration.between(startedAt, completed).toNanos() / 1e9);
                f.put("after_server_done_s", Duration.between(completed, endedAt).toNanos() / 1e9);
                f.put("cpu_s", cpu);
                f.put("server_cpu_s", serverCpu);
                f.put("peak_bytes", peak > 0 ? peak - baseline : null);
                f.put("gcs", collections);
                f.put("result_bytes", tableBytes);
                f.put("peak_over_result", peak > 0 ? (double) (peak - baseline) / tableBytes : null);
                bench.record("throughput", "panther", run, f);
            }
            if (run % 2 == 0) {
                python.run(run);
            }
        }
    }

    /** The CPU time the emulator process ({@code PANTHER_EMULATOR_PID}) has used; NaN when unknown. */
    private static double serverCpuSeconds() {
        String pid = System.getenv("PANTHER_EMULATOR_PID");
        if (pid == null) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
