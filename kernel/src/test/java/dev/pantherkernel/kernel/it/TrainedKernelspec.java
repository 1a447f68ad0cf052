package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** What install.sh puts first in the argv of a kernelspec whose archive it trained. */
    static final List<String> ARCHIVE_ARGUMENTS = List.of("-XX:SharedArchiveFile={resource_dir}/panther.jsa", "-Xlog:cds=off",
            "-Xlog:cds+dynamic=off");
    private static final ObjectMapper JSON = new ObjectMapper();

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
            String failure = train(spec, trained.resolveSibling("cds-train.log"));
            if (failure == null) {
                useArchive(spec.resolve("kernel.json"));
            } else {
                System.err.println("TrainedKernelspec: no class data sharing archive for the tests' kernels: " + failure);
            }
            return trained;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs install.sh's training; null when it wrote the archive, else why not. */
    private static String train(Path spec, Path log) throws IOException {
        Path script = Path.of("src/cds/train.py").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(Jupyter.python(), script.toString(), spec.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
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
        boolean written = Files.isRegularFile(spec.resolve("panther.jsa")) && Files.size(spec.resolve("panther.jsa")) > 0;
        return process.exitValue() == 0 && written ? null : "train.py exited with " + process.exitValue() + " (see " + log + ")";
    }

    private static void useArchive(Path kernelJson) throws IOException {
        ObjectNode spec = (ObjectNode) JSON.readTree(kernelJson.toFile());
        ArrayNode argv = (ArrayNode) spec.get("argv");
        for (int i = ARCHIVE_ARGUMENTS.size() - 1; i >= 0; i--) {
            argv.insert(1, ARCHIVE_ARGUMENTS.get(i));
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(kernelJson.toFile(), spec);
    }

    /** The tree under {@code from} again under {@code to}, every file hard-linked (or copied) but {@code except}. */
    private static void mirror(Path from, Path to, List<Path> except) throws IOException {
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

    private static void deleteTree(Path root) throws IOException {
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
