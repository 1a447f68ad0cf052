package dev.pantherkernel.magics.datalake.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client side of a large data lake result: one query of N rows x 10 columns (default 1,000,000) fetched by
 * the whole engine (poll, pipelined streaming pages, typed columns) from a Panther (the standalone emulator, in
 * another process so its memory does not count). Reports throughput and the peak live heap (the most heap in use
 * right after any garbage collection while fetching) against the size of the final table. Not a test: run it by
 * hand, with a warm-up pass first, and record the figures in the benchmark issue.
 *
 * <pre>
 * java -Xmx3g -jar emulator/target/panther-emulator.jar --port 8911 --scale 0.01 &amp;
 * java -Xmx2g -cp magics/target/classes:magics/target/test-classes:$(cat magics/target/cp.txt) \
 *      dev.pantherkernel.magics.datalake.bench.LargeResultBenchmark http://127.0.0.1:8911/public/graphql TOKEN 1000000
 * </pre>
 */
public final class LargeResultBenchmark {

    private static final String SQL = "SELECT id, id * 7 AS n7, id / 3.0 AS third, "
            + "id % 2 = 0 AS even, 'user-' || (id % 5000) AS user, 'host-' || (id % 97) || '.example.com' AS host, "
            + "DATEADD(second, id, '2024-01-01'::TIMESTAMP) AS at, (id % 1000)::DOUBLE / 7 AS score, "
            + "ARRAY_CONSTRUCT('10.0.' || (id % 256) || '.1') AS ips, 'event ' || id AS message "
            + "FROM (SELECT SEQ4() AS id FROM TABLE(GENERATOR(ROWCOUNT => ROWS))) ORDER BY id";

    private LargeResultBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String token = args[1];
        long rows = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000;
        PantherSession session = new PantherSession(NotebookHost.standalone(), Environment.of(Map.of(
                "PANTHER_API_URL", url, "PANTHER_API_TOKEN", token), Files.createTempDirectory("bench-home")),
                ClientOptions.defaults());
        Connection connection = session.connection();

        System.out.printf("warm-up: %s%n", run(connection, rows / 5).footer());
        System.gc();
        System.gc();
        long baseline = used();
        AtomicLong peak = new AtomicLong();
        watchGarbageCollections(peak);

        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        Result result = run(connection, rows);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
        long peakLive = peak.get() - baseline;

        System.gc();
        System.gc();
        Table table = result.table();
        long tableBytes = used() - baseline;
        double executionSeconds = Double.parseDouble(result.footer().stream().filter(s -> s.startsWith("executed in "))
                .findFirst().orElseThrow().replaceAll("[^0-9.]", ""));
        System.out.printf("%,d rows x %d columns, %d pages, %s%n", table.rowCount(), table.columnCount(), result.pages(),
                String.join(" · ", result.footer()));
        System.out.printf("elapsed %.2f s (the query itself %.2f s): %,.0f rows/s overall, %,.0f rows/s fetching%n",
                elapsed.toMillis() / 1e3, executionSeconds, table.rowCount() / (elapsed.toMillis() / 1e3),
                table.rowCount() / (elapsed.toMillis() / 1e3 - executionSeconds));
        System.out.printf("client CPU %.2f s: %,.0f rows per CPU second (what the client alone could take)%n",
                cpuSeconds, table.rowCount() / cpuSeconds);
        System.out.printf("final table %.1f MB; peak live heap while fetching %.1f MB = %.2f x the table%n",
                tableBytes / 1e6, peakLive / 1e6, (double) peakLive / tableBytes);
        session.close();
    }

    private static Result run(Connection connection, long rows) {
        return DataLakeQuery.sql(connection, SQL.replace("ROWS", Long.toString(rows))).timeout(Duration.ofMinutes(10)).fetch();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Keeps the most heap in use right after any collection: the live data at that moment. */
    private static void watchGarbageCollections(AtomicLong peak) {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                peak.accumulateAndGet(after, Math::max);
            }, null, null);
        }
    }
}
