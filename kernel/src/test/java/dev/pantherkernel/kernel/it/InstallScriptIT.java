package dev.pantherkernel.kernel.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * install.sh as a newcomer runs it: a fresh HOME, no Jupyter on PATH. It must put Jupyter in an environment of its own
 * (never into a shared ~/.local site), make `jupyter` runnable by the next command, be safe to run twice, and
 * --uninstall must leave HOME, the link directory and TMPDIR exactly as they were. The build is reused
 * (--skip-build); the link goes to a directory of the test's own (PANTHER_INSTALL_BIN_DIR) rather than /usr/local/bin.
 */
class InstallScriptIT {

    private static final Path SCRIPT = Path.of("..", "install.sh").toAbsolutePath().normalize();

    @TempDir
    Path home;
    @TempDir
    Path bin;
    @TempDir
    Path tmp;
    @TempDir
    Path scratch;

    @BeforeEach
    void carryOverPipsIndexSettings() throws IOException {
        // Like Maven's settings, pip's choice of package index belongs to the machine, not to a Jupyter install.
        Path pipConf = Path.of(InstallRecord.home(), ".config", "pip", "pip.conf");
        if (Files.isRegularFile(pipConf)) {
            Files.createDirectories(home.resolve(".config/pip"));
            Files.copy(pipConf, home.resolve(".config/pip/pip.conf"));
        }
    }

    @Test
    void onAFreshHomeInstallsJupyterOfItsOwnRunsTwiceAndUninstallsToWhatWasThere() throws Exception {
        Map<String, String> before = snapshot(home, bin, tmp);

        Run first = install();
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertCleanOutput(first, "next: jupyter nbconvert --to html --execute examples/alert-triage.ipynb");
        assertThat(first.output()).contains("installed Jupyter (JupyterLab 4.");

        // IPython (imported by `jupyter --version`) makes ~/.ipython, and Jupyter then marks ~/.jupyter as migrated:
        // that is this check's doing, not install.sh's
        Run next = shell("export IPYTHONDIR=" + scratch.resolve("ipython") + " JUPYTER_CONFIG_DIR=" + scratch.resolve("config")
                + "; jupyter --version && jupyter kernelspec list");
        assertThat(next.exitCode()).as("jupyter runs in the same shell line: " + next.output()).isZero();
        assertThat(next.output()).contains("nbconvert").contains("jupyterlab").containsPattern(
                "panther\\s+" + home.resolve(".local/share/jupyter/kernels/panther"));
        assertThat(Files.readSymbolicLink(bin.resolve("jupyter")))
                .isEqualTo(home.resolve(".local/share/panther-kernel/jupyter/bin/jupyter"));
        assertThat(userSitePackages()).as("nothing goes into a shared ~/.local site").isEmpty();
        Path labextensions = home.resolve(".local/share/jupyter/labextensions");
        assertThat(labextensions.resolve("jupyterlab-plotly/package.json")).as("JupyterLab's plotly renderer").isRegularFile();
        assertThat(labextensions.resolve("panther-kernel-charts/static/remoteEntry.js")).as("the chart theme extension")
                .isRegularFile();

        // the second run adds what the tests need (--dev): Playwright, in install.sh's own directory, and Jupyter's
        // conformance suite in its own environment
        Run second = run(List.of("bash", SCRIPT.toString(), "--skip-build", "--dev"));
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertCleanOutput(second, "next: ./mvnw -B verify");
        assertThat(second.output()).contains("using the Jupyter install.sh put in").doesNotContain("pip")
                .contains("installed jupyter_kernel_test");
        Path playwright = home.resolve(".local/share/panther-kernel/node/node_modules/playwright-core/package.json");
        assertThat(playwright).isRegularFile();
        assertThat(home.resolve(".npm")).as("npm's cache is thrown away").doesNotExist();
        // the training start's kernel keeps the demo's tables under $HOME, not under the JVM's user.home (/root here)
        assertThat(home.resolve(".cache/panther-kernel/catalog/demo")).as("the demo's kept tables under HOME").isDirectory();
        InstallRecord record = InstallRecord.read(home.resolve(".local/share/panther-kernel/install.env"));
        assertThat(record.first("playwright")).contains(home.resolve(".local/share/panther-kernel/node/node_modules").toString());
        assertThat(record.first("python")).contains(home.resolve(".local/share/panther-kernel/jupyter/bin/python").toString());
        Run suite = run(List.of(record.first("python").orElseThrow(), "-c", "import jupyter_kernel_test"));
        assertThat(suite.exitCode()).as("the recorded python3 has jupyter_kernel_test: " + suite.output()).isZero();

        Run removed = run(List.of("bash", SCRIPT.toString(), "--uninstall"));
        assertThat(removed.exitCode()).as(removed.output()).isZero();
        assertCleanOutput(removed, "uninstalled");
        assertThat(snapshot(home, bin, tmp)).as("HOME, the link directory and TMPDIR after --uninstall").isEqualTo(before);
    }

    @Test
    void aJupyterTheUserHasIsUsedAsItIsAndLeftUntouched() throws Exception {
        Path theirs = Path.of(Jupyter.jupyterCommand()).toRealPath().getParent();
        Map<String, String> theirsBefore = listing(theirs);
        Map<String, String> before = snapshot(home, bin, tmp);

        Run installed = run(List.of("bash", SCRIPT.toString(), "--skip-build"), theirs);
        assertThat(installed.exitCode()).as(installed.output()).isZero();
        assertThat(installed.output()).contains("using your Jupyter at " + theirs.resolve("jupyter"))
                .doesNotContain("installing");
        // install.sh's only command there is panther-run, the parameterized runner; no jupyter link
        assertThat(bin.resolve("jupyter")).doesNotExist();
        assertThat(Files.readString(bin.resolve("panther-run"))).contains("panther-run, written by Panther Kernel's install.sh")
                .contains(Path.of(Jupyter.python()).getFileName().toString());
        assertThat(home.resolve(".local/share/jupyter/kernels/panther/kernel.json")).isRegularFile();
        assertThat(home.resolve(".local/share/panther-kernel/jupyter")).doesNotExist();

        Run removed = run(List.of("bash", SCRIPT.toString(), "--uninstall"), theirs);
        assertThat(removed.exitCode()).as(removed.output()).isZero();
        assertThat(snapshot(home, bin, tmp)).isEqualTo(before);
        assertThat(listing(theirs)).as("their Jupyter's commands").isEqualTo(theirsBefore);
    }

    @Test
    void theKernelsHeapIsTheUsersToChooseAndStaysChosen() throws Exception {
        Path theirs = Path.of(Jupyter.jupyterCommand()).toRealPath().getParent();
        Path spec = home.resolve(".local/share/jupyter/kernels/panther/kernel.json");

        Run refused = run(List.of("bash", SCRIPT.toString(), "--skip-build", "--heap", "8 GB"), theirs);
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output().strip()).isEqualTo("install.sh: --heap '8 GB' is not a heap size: give a number and a "
                + "unit, such as 8g or 512m (java -Xmx)");
        assertThat(spec).doesNotExist();

        Run chosen = run(List.of("bash", SCRIPT.toString(), "--skip-build", "--heap", "300m"), theirs);
        assertThat(chosen.exitCode()).as(chosen.output()).isZero();
        assertThat(chosen.output()).contains("install.sh: the kernel's heap may grow to 300m");
        assertThat(heapArguments(spec)).containsExactly("-Xmx300m");

        Run again = run(List.of("bash", SCRIPT.toString(), "--skip-build"), theirs);
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(heapArguments(spec)).as("a later run keeps the size chosen").containsExactly("-Xmx300m");

        Run back = run(List.of("bash", SCRIPT.toString(), "--skip-build", "--heap", "default"), theirs);
        assertThat(back.exitCode()).as(back.output()).isZero();
        assertThat(heapArguments(spec)).isEmpty();
        assertThat(run(List.of("bash", SCRIPT.toString(), "--uninstall"), theirs).exitCode()).isZero();
    }

    private static List<String> heapArguments(Path kernelJson) throws IOException {
        return Stream.of(Files.readString(kernelJson).split("\""))
                .filter(argument -> argument.startsWith("-Xmx")).toList();
    }

    private Run install() throws IOException, InterruptedException {
        return run(List.of("bash", SCRIPT.toString(), "--skip-build"));
    }

    private Run shell(String line) throws IOException, InterruptedException {
        return run(List.of("bash", "-c", line));
    }

    private Run run(List<String> command) throws IOException, InterruptedException {
        return run(command, null);
    }

    /** Runs with a newcomer's environment; {@code extraPath} puts an existing Jupyter on PATH. */
    private Run run(List<String> command, Path extraPath) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(SCRIPT.getParent().toFile());
        Map<String, String> env = builder.environment();
        String path = loginShellPath();
        env.clear();
        env.put("HOME", home.toString());
        env.put("TMPDIR", tmp.toString());
        env.put("PANTHER_INSTALL_BIN_DIR", bin.toString());
        env.put("PATH", (extraPath != null ? extraPath + File.pathSeparator : "") + bin + File.pathSeparator
                + withoutJupyter(path));
        env.put("LANG", "C.UTF-8");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(15, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** The PATH a fresh login shell starts with on this machine (no user's additions: HOME is empty). */
    private String loginShellPath() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("env", "-i", "HOME=" + home, "bash", "-lc", "printf %s \"$PATH\"")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return path.isEmpty() ? "/usr/local/bin:/usr/bin:/bin" : path;
    }

    /** PATH without the directories that hold a `jupyter`, so the script meets a machine with none. */
    private static String withoutJupyter(String path) {
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank() && !Files.isExecutable(Path.of(dir, "jupyter")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static void assertCleanOutput(Run run, String lastLine) {
        List<String> lines = run.output().lines().toList();
        assertThat(run.output()).as("no terminal escape codes when stdout is not a terminal").doesNotContain("\u001b");
        assertThat(lines).as("one line per step, each saying it is install.sh's")
                .allSatisfy(line -> assertThat(line).startsWith("install.sh: "));
        assertThat(lines.get(lines.size() - 1)).contains(lastLine);
    }

    private List<Path> userSitePackages() throws IOException {
        Path lib = home.resolve(".local/lib");
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(lib)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("python3")).toList();
        }
    }

    /** Every path under each root, with a file's content hash (a directory's mtime may change; its entries may not). */
    private static Map<String, String> snapshot(Path... roots) throws IOException {
        Map<String, String> all = new TreeMap<>();
        for (Path root : roots) {
            listing(root).forEach((path, what) -> all.put(root.getFileName() + "/" + path, what));
        }
        return all;
    }

    private static Map<String, String> listing(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        for (Path p : paths) {
            String what = Files.isSymbolicLink(p) ? "link " + Files.readSymbolicLink(p)
                    : Files.isDirectory(p) ? "dir" : "file " + sha256(p);
            entries.put(root.relativize(p).toString(), what);
        }
        return entries;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Run(int exitCode, String output) {
    }
}
