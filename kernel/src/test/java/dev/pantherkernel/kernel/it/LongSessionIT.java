package dev.pantherkernel.kernel.it;

import dev.pantherkernel.emulator.EmulatorOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A notebook kept open all day (issue 23), shortened for every verify: the cycle of reliability/soak.py (a Java
 * snippet, alerts rebinding the same name, a table made from them, a chart, a string) in one kernel through
 * jupyter_client. After a warm-up the kernel's live heap after a full collection is read every few cells; its growth
 * per cell (least squares) must stay under a bound that the kernel exceeded several times over while JShell kept every
 * old value (about 120 KB a cell), and its threads and open file descriptors must not grow. reliability/soak.py runs
 * the same cycle for 1,000 cells beside ipykernel.
 */
class LongSessionIT {

    private static final List<String> CYCLE = List.of(
            "int n = 6 * 7;\nString word = \"cell \" + n;\nword.length() + n",
            "%panther alerts --since 30d --as a",
            "Table t = a.first(5);\nt",
            "%panther chart a --x createdAt --by severity --bucket 1d",
            "\"alerts: \" + a.rowCount()");
    private static final int WARM_UP = 20;
    private static final int MEASURED = 60;
    private static final int EVERY = 15;
    /** Growth of the live heap a cell may add: what JShell keeps of each compiled snippet, and history, fit in it. */
    private static final double MAX_BYTES_PER_CELL = 40 * 1024;
    private static final int THREADS_SLACK = 3;
    private static final int FDS_SLACK = 6;
    private static final ReliabilityFigures FIGURES = new ReliabilityFigures("long-session");

    @RegisterExtension
    static final SharedKernel shared = SharedKernel.connectedTo(EmulatorOptions.newEmulatorOptions().seed(7).scale(0.05).build());

    @AfterAll
    static void save() throws IOException {
        FIGURES.save();
    }

    @Test
    void keepsItsHeapAfterCollectionThreadsAndFileDescriptorsFlatOverALongSession() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "reads threads and descriptors from /proc (Linux)");
        KernelSession kernel = shared.session();
        KernelProcess process = KernelProcess.of(kernel.kernelPid());
        List<Double> latencies = new ArrayList<>();
        List<Map<String, Object>> samples = new ArrayList<>();
        for (int cell = 0; cell < WARM_UP + MEASURED; cell++) {
            if (cell >= WARM_UP && (cell - WARM_UP) % EVERY == 0) {
                samples.add(sample(process, cell));
            }
            String code = CYCLE.get(cell % CYCLE.size());
            long started = System.nanoTime();
            Execution run = kernel.execute(code);
            latencies.add((System.nanoTime() - started) / 1e9);
            assertThat(run.status()).as("cell %d: %s (%s)", cell + 1, code, run.errorValue()).isEqualTo("ok");
            if (cell == CYCLE.size() - 1) {
                assertThat(Integer.parseInt(run.text().replaceAll("\\D", ""))).as("the alerts the cycle works on").isPositive();
            }
        }
        samples.add(sample(process, WARM_UP + MEASURED));

        double slope = bytesPerCell(samples);
        List<Integer> threads = samples.stream().map(s -> (Integer) s.get("threads")).toList();
        List<Integer> fds = samples.stream().map(s -> (Integer) s.get("fds")).toList();
        assertThat(slope).as("live heap growth per cell (bytes) over %s", samples).isLessThan(MAX_BYTES_PER_CELL);
        assertThat(threads.get(threads.size() - 1)).as("threads over %s", threads).isLessThanOrEqualTo(threads.get(0) + THREADS_SLACK);
        assertThat(fds.get(fds.size() - 1)).as("file descriptors over %s", fds).isLessThanOrEqualTo(fds.get(0) + FDS_SLACK);

        FIGURES.total("warmUpCells", WARM_UP).total("measuredCells", MEASURED)
                .total("bytesPerCell", Math.round(slope)).total("maxBytesPerCell", Math.round(MAX_BYTES_PER_CELL))
                .total("firstCycleSeconds", cycleSeconds(latencies, 0))
                .total("lastCycleSeconds", cycleSeconds(latencies, latencies.size() - CYCLE.size()));
        samples.forEach(FIGURES::row);
    }

    private static Map<String, Object> sample(KernelProcess process, int cell) throws IOException, InterruptedException {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("cell", cell);
        sample.put("liveHeapBytes", process.liveHeapBytes());
        sample.put("threads", process.threads());
        sample.put("fds", process.openFileDescriptors());
        return sample;
    }

    /** The least-squares slope of live heap bytes over cell number. */
    private static double bytesPerCell(List<Map<String, Object>> samples) {
        double n = samples.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Map<String, Object> s : samples) {
            double x = ((Integer) s.get("cell")).doubleValue();
            double y = ((Long) s.get("liveHeapBytes")).doubleValue();
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static double cycleSeconds(List<Double> latencies, int from) {
        double sum = 0;
        for (int i = from; i < from + CYCLE.size(); i++) {
            sum += latencies.get(i);
        }
        return Math.round(sum * 1000) / 1000.0;
    }
}
