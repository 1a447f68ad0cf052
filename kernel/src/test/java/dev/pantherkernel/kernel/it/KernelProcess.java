package dev.pantherkernel.kernel.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A running kernel's process seen from outside, as an operator would: /proc for threads and descriptors, jcmd for the heap. */
final class KernelProcess {

    private static final Pattern THREADS = Pattern.compile("(?m)^Threads:\\s+(\\d+)");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

    private final long pid;
    private final Path jcmd;

    private KernelProcess(long pid, Path jcmd) {
        this.pid = pid;
        this.jcmd = jcmd;
    }

    /** The process {@code pid}, whose heap is read with the jcmd of the JDK it runs on. */
    static KernelProcess of(long pid) throws IOException {
        Path java = Path.of("/proc", String.valueOf(pid), "exe").toRealPath();
        Path beside = java.resolveSibling("jcmd");
        Path jcmd = Files.isExecutable(beside) ? beside : Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IllegalStateException("no jcmd beside " + java + " nor in this JDK: the kernel's heap cannot be read");
        }
        return new KernelProcess(pid, jcmd);
    }

    int threads() throws IOException {
        Matcher m = THREADS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
        if (!m.find()) {
            throw new IllegalStateException("no Threads line in /proc/" + pid + "/status");
        }
        return Integer.parseInt(m.group(1));
    }

    int openFileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            return (int) fds.count();
        }
    }

    /** The bytes of the objects that survive a full collection: jcmd's class histogram forces one and counts them. */
    long liveHeapBytes() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("jcmd GC.class_histogram did not end within 120 s");
        }
        Matcher m = HISTOGRAM_TOTAL.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("jcmd GC.class_histogram gave no total: " + out.substring(Math.max(0, out.length() - 300)));
        }
        return Long.parseLong(m.group(1));
    }
}
