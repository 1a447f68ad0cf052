package dev.pantherkernel.kernel.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The build's kernelspec as install.sh installs it: with the class data sharing archive that install.sh trains with
 * kernel/src/cds/train.py and names in kernel.json's argv, so the kernels the tests start are the kernel users start
 * (and each start saves a second or so of CPU that reading and verifying its classes again costs). The build's own
 * kernelspec is left as it is, since install.sh copies it: beside it, {@code jupyter-cds} holds the same tree, each
 * file a hard link to the build's (a copy where the file system refuses), but kernel.json (rewritten) and panther.jsa
 * (trained once per test run, for these paths). Not symbolic links: Jupyter's server refuses to serve a kernelspec
 * file that links out of its directory (tornado 6.5.9 and later), as the page of a chart asks it for plotly.min.js.
 * When the training fails, kernel.json is the build's as it is and the reason is printed, as install.sh does.
 */
final class TrainedKernelspec {

    private TrainedKernelspec() {
    }

    /** A Jupyter path beside {@code built} whose panther kernelspec has a freshly trained archive. */
    static Path beside(Path built) {
        Path trained = built.resolveSibling(built.getFileName() + "-cds");
        try {
            deleteTree(trained);
            Path spec = trained.resolve("kernels/panther");
            mirror(built, trained, List.of(spec.resolve("kernel.json"), spec.resolve("panther.jsa")));
            Files.copy(built.resolve("kernels/panther/kernel.json"), spec.resolve("kernel.json"));
            Path log = trained.resolveSibling("cds-train.log");
            Files.deleteIfExists(log);
            String failure = trainPy(List.of(spec.toString()), log);
            if (failure == null) {
                failure = trainPy(List.of("--map", spec.toString()), log);
            }
            if (failure != null) {
                System.err.println("TrainedKernelspec: no class data sharing archive for the tests' kernels: " + failure);
            }
            return trained;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs install.sh's train.py with {@code arguments}: its training, or {@code --map}; null when it did, else why not. */
    private static String trainPy(List<String> arguments, Path log) throws IOException {
        Path script = Path.of("src/cds/train.py").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(Jupyter.python(), script.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        // the demo by name, as install.sh trains; its files where the tests keep theirs
        List.of("PANTHER_API_URL", "PANTHER_API_TOKEN", "PANTHER_RECORD", "PANTHER_REPLAY", "JAVA_TOOL_OPTIONS").forEach(env::remove);
        env.put("PYTHONWARNINGS", "ignore");
        env.putAll(Jupyter.cacheEnvironment());
        Process process = builder.start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return "train.py did not end within 5 minutes (see " + log + ")";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return "interrupted";
        }
        return process.exitValue() == 0 ? null : "train.py exited with " + process.exitValue() + " (see " + log + ")";
    }

    /** The tree under {@code from} again under {@code to}, every file hard-linked (or copied) but {@code except}. */
    static void mirror(Path from, Path to, List<Path> except) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(from)) {
            entries = walk.toList();
        }
        for (Path entry : entries) {
            Path copy = to.resolve(from.relativize(entry).toString());
            if (Files.isDirectory(entry)) {
                Files.createDirectories(copy);
            } else if (!except.contains(copy)) {
                try {
                    Files.createLink(copy, entry);
                } catch (IOException | UnsupportedOperationException notHere) {
                    Files.copy(entry, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            // hard links are removed as names: the build's files stay
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
