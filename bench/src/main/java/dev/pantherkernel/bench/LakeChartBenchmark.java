package dev.pantherkernel.bench;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.chart.ChartBuilder;
import dev.pantherkernel.magics.chart.ChartKind;
import dev.pantherkernel.magics.chart.ChartRequest;
import dev.pantherkernel.magics.lakechart.LakeChartResult;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 6: CloudTrail charted by day and event name, aggregated in the data lake ({@code %panther chart --table})
 * against fetching every row ({@code %%panther sql} of the two columns) and charting the Table in the kernel. Per
 * run: wall time, the rows that came back, and the bytes the emulator sent. The two routes take turns going first.
 *
 * <pre>PANTHER_API_URL=.. PANTHER_API_TOKEN=.. PANTHER_EMULATOR_PID=.. java -cp .. dev.pantherkernel.bench.LakeChartBenchmark OUT.jsonl RUNS [WARMUPS]</pre>
 * WARMUPS (0 or 1, default 1): whether run 0, unrecorded in RESULTS.md, warms up first.
 */
public final class LakeChartBenchmark {

    private static final List<String> LAKE = List.of("chart", "--table", "aws_cloudtrail", "--x", "p_event_time",
            "--bucket", "1d", "--by", "eventName");
    private static final String ROWS = "SELECT p_event_time, eventName FROM aws_cloudtrail";

    private LakeChartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String out = args[0];
        int runs = Integer.parseInt(args[1]);
        int first = args.length > 2 && args[2].equals("0") ? 1 : 0;
        for (int run = first; run <= runs; run++) {
            boolean lakeFirst = run % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == lakeFirst) {
                    lake(out, run);
                } else {
                    rows(out, run);
                }
            }
        }
    }

    private static void lake(String out, int run) throws Exception {
        try (BenchSession bench = BenchSession.open(out)) {
            PantherMagics magics = new PantherMagics(bench.session());
            bench.connection();
            long bytes = EmulatorBytes.written();
            long start = System.nanoTime();
            LakeChartResult chart = (LakeChartResult) magics.line(LAKE);
            double wall = (System.nanoTime() - start) / 1e9;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("wall_s", wall);
            f.put("rows_aggregated", chart.rowsAggregated());
            f.put("rows_back", chart.buckets().table().rowCount());
            f.put("pages", chart.buckets().pages());
            f.put("bytes_sent", bytes < 0 ? null : EmulatorBytes.written() - bytes);
            f.put("traces", chart.figure().getTraces().length);
            bench.record("lake_chart", "data lake", run, f);
        }
    }

    private static void rows(String out, int run) throws Exception {
        try (BenchSession bench = BenchSession.open(out)) {
            PantherMagics magics = new PantherMagics(bench.session());
            bench.connection();
            long bytes = EmulatorBytes.written();
            long start = System.nanoTime();
            Result result = (Result) magics.cell(List.of("sql"), ROWS);
            Table table = result.table();
            table.setName("aws_cloudtrail");
            Figure figure = ChartBuilder.figure(table, new ChartRequest("p_event_time", null, "eventName", ChartKind.BAR,
                    Duration.ofDays(1), null, null));
            double wall = (System.nanoTime() - start) / 1e9;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("wall_s", wall);
            f.put("rows_aggregated", table.rowCount());
            f.put("rows_back", table.rowCount());
            f.put("pages", result.pages());
            f.put("bytes_sent", bytes < 0 ? null : EmulatorBytes.written() - bytes);
            f.put("traces", figure.getTraces().length);
            bench.record("lake_chart", "rows into the kernel", run, f);
        }
    }
}
