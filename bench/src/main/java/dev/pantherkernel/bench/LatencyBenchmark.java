package dev.pantherkernel.bench;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 6: paging a large result from a server a network round trip away. Per run, the same time-windowed query
 * (bench/latency.sql: ROWS rows with a {@code p_event_time}) through {@code %%panther sql} whole ({@code --partitions
 * 1}, page after page), split ({@code --partitions PARTS}, the partitions paged side by side) and, with PYTHON SCRIPT
 * ROUTE, by a Python route page after page. Records wall time, rows, pages and the bytes scanned the footer reports,
 * and whether the split result holds exactly the rows of the whole one (compared by id).
 *
 * <p>SERVER labels the figures: {@code live} is the emulator with {@code --latency} (its CPU shares the machine with
 * the client, so it caps any split), {@code replay} the replay server with that latency in front of an emulator
 * without one. Through the replay server the warm-up run records every route's queries (the unsplit one and each
 * partition's) and the recorded runs are served from memory, each request after the same wait: the client alone.
 *
 * <pre>PANTHER_API_URL=.. PANTHER_API_TOKEN=.. java -cp .. dev.pantherkernel.bench.LatencyBenchmark OUT.jsonl SQL_FILE ROWS RUNS PARTS LATENCY SERVER [PYTHON SCRIPT ROUTE]</pre>
 */
public final class LatencyBenchmark {

    private LatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String out = args[0];
        String sql = BenchSession.sql(args[1], Long.parseLong(args[2]));
        int runs = Integer.parseInt(args[3]);
        String parts = args[4];
        String latency = args[5];
        String server = args[6];
        PythonRoutes python = args.length > 7
                ? new PythonRoutes(List.of(args[7], args[8]), List.of(args[9]),
                        List.of(out, "RUN", args[1], args[2], "latency-" + latency, server))
                : PythonRoutes.NONE;
        for (int run = 0; run <= runs; run++) {
            Table whole = measure(out, sql, "1", "panther-sequential", latency, server, run, null);
            measure(out, sql, parts, "panther-partitions", latency, server, run, whole);
            python.run(run);
        }
    }

    private static Table measure(String out, String sql, String parts, String impl, String latency, String server, int run,
                                 Table whole) throws Exception {
        try (BenchSession bench = BenchSession.open(out)) {
            PantherMagics magics = new PantherMagics(bench.session());
            bench.connection();
            long start = System.nanoTime();
            Result result = (Result) magics.cell(List.of("sql", "--partitions", parts), sql);
            double wall = (System.nanoTime() - start) / 1e9;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("dataset", "latency-" + latency);
            f.put("server", server);
            f.put("partitions", Integer.parseInt(parts));
            f.put("rows", result.table().rowCount());
            f.put("pages", result.pages());
            f.put("wall_s", wall);
            f.put("rows_per_s", result.table().rowCount() / wall);
            f.put("bytes_scanned", scanned(result));
            if (whole != null) {
                f.put("same_rows", sameRows(whole, result.table()));
            }
            bench.record("latency", impl, run, f);
            return result.table();
        }
    }

    /** The bytes scanned the footer reports ("12.3 MB scanned"), as written. */
    private static String scanned(Result result) {
        return result.footer().stream().filter(s -> s.endsWith(" scanned")).findFirst()
                .map(s -> s.substring(0, s.length() - " scanned".length())).orElse(null);
    }

    /** Whether both hold the same rows, whatever their order: every cell equal once both are sorted by id. */
    private static boolean sameRows(Table whole, Table split) {
        if (whole.rowCount() != split.rowCount() || !whole.columnNames().equals(split.columnNames())) {
            return false;
        }
        Table a = whole.sortOn("id");
        Table b = split.sortOn("id");
        for (int c = 0; c < a.columnCount(); c++) {
            for (int r = 0; r < a.rowCount(); r++) {
                if (!a.column(c).getString(r).equals(b.column(c).getString(r))) {
                    return false;
                }
            }
        }
        return true;
    }
}
