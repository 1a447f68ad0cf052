package dev.pantherkernel.bench;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.table.Result;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 7: a ROWS x 10 column result streamed to a Parquet file ({@code %%panther sql --to}) or paged into a
 * Table ({@code %%panther sql}), one route per JVM (bench/run.sh gives the file route a 256 MB heap). Per run: wall
 * time, the peak heap after any garbage collection above the heap in use before, the JVM's peak resident memory
 * (heap, DuckDB and all), and for the file its size.
 *
 * <pre>java -Xmx.. -cp .. dev.pantherkernel.bench.ExportBenchmark OUT.jsonl SQL_FILE ROWS RUNS parquet|table [WARMUPS]</pre>
 * WARMUPS (0 or 1, default 1): whether run 0, unrecorded in RESULTS.md, warms up first.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String out = args[0];
        String sql = BenchSession.sql(args[1], Long.parseLong(args[2]));
        int runs = Integer.parseInt(args[3]);
        boolean toFile = args[4].equals("parquet");
        HeapWatch heap = new HeapWatch();
        Path dir = Files.createTempDirectory("panther-export-bench");
        int first = args.length > 5 && args[5].equals("0") ? 1 : 0;
        for (int run = first; run <= runs; run++) {
            Path file = dir.resolve("result-" + run + ".parquet");
            try (BenchSession bench = BenchSession.open(out)) {
                PantherMagics magics = new PantherMagics(bench.session());
                bench.connection();
                long baseline = HeapWatch.settledUse();
                heap.reset();
                long start = System.nanoTime();
                Result result = (Result) magics.cell(toFile ? List.of("sql", "--to", file.toString()) : List.of("sql"), sql);
                double wall = (System.nanoTime() - start) / 1e9;
                long peak = heap.peak();
                long rows = toFile ? result.table().longColumn("rows").get(0) : result.table().rowCount();
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("rows", rows);
                f.put("wall_s", wall);
                f.put("rows_per_s", rows / wall);
                f.put("peak_heap_bytes", peak > 0 ? peak - baseline : null);
                f.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
                f.put("peak_rss_bytes", peakResident());
                f.put("file_bytes", toFile ? Files.size(file) : null);
                f.put("gcs", heap.collections());
                bench.record("export", toFile ? "Parquet file" : "Table", run, f);
            }
            Files.deleteIfExists(file);
        }
    }

    /** VmHWM of this process: the most resident memory it has had. */
    private static long peakResident() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }
}
