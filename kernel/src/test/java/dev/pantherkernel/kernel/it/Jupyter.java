package dev.pantherkernel.kernel.it;

import dev.pantherkernel.emulator.EmulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The real Jupyter these tests drive: the one `./install.sh --dev` recorded (its `jupyter` command and the python3
 * with jupyter_client that runs it), and the kernelspec this build made (found through JUPYTER_PATH, as an installed
 * kernel is). No guessing between several python3s: without the record the tests fail with the fix.
 */
final class Jupyter {

    static final String INSTALL_HINT = "run ./install.sh --dev first: it installs Jupyter and the client libraries "
            + "the tests drive, and records where";

    /**
     * The checks that passed in this test run. Each costs a Python start with Jupyter's imports (about 1.5 s of CPU)
     * and was made before every kernel session and every nbconvert; once per run says the same, as the record and
     * what it points at do not change while the tests run.
     */
    private static final Set<List<String>> PASSED = ConcurrentHashMap.newKeySet();

    private Jupyter() {
    }

    /**
     * The directory that holds {@code kernels/panther}: the one `mvn package` made, with the class data sharing
     * archive install.sh would give it ({@link TrainedKernelspec}), trained at the first call of a test run.
     */
    static Path jupyterPath() {
        builtJupyterPath(); // without a build, the same clear failure at every call, not a class that failed to initialize
        return Trained.PATH;
    }

    /** The directory `mvn package` made, which holds {@code kernels/panther}. */
    static Path builtJupyterPath() {
        String configured = System.getProperty("panther.jupyterPath");
        Path path = Path.of(configured != null ? configured : "target/jupyter").toAbsolutePath();
        if (!Files.isRegularFile(path.resolve("kernels/panther/kernel.json"))) {
            throw new IllegalStateException("no kernelspec at " + path + "/kernels/panther: run `./mvnw package` first");
        }
        return path;
    }

    /** Trained when first asked for, once per test run (the JVM initializes a holder class once, in one thread). */
    private static final class Trained {
        static final Path PATH = TrainedKernelspec.beside(builtJupyterPath());
    }

    /** The python3 that has jupyter_client, nbconvert and nbclient, as install.sh recorded it. */
    static String python() {
        String python = InstallRecord.read().require("python", INSTALL_HINT);
        if (!runs(List.of(python, "-c", "import jupyter_client, nbconvert, nbclient"))) {
            throw new IllegalStateException(python + " (recorded by install.sh) cannot import jupyter_client, nbconvert "
                    + "and nbclient: " + INSTALL_HINT);
        }
        return python;
    }

    /** The same python3 with jupyter_kernel_test, Jupyter's conformance suite for kernels, which `--dev` adds. */
    static String pythonWithKernelTests() {
        String python = python();
        if (!runs(List.of(python, "-c", "import jupyter_kernel_test"))) {
            throw new IllegalStateException(python + " (recorded by install.sh) cannot import jupyter_kernel_test: "
                    + INSTALL_HINT);
        }
        return python;
    }

    /** The `jupyter` command, whose subcommands (nbconvert, kernelspec) the tests run, as install.sh recorded it. */
    static String jupyterCommand() {
        String jupyter = InstallRecord.read().require("jupyter", INSTALL_HINT);
        if (!runs(List.of(jupyter, "--version"))) {
            throw new IllegalStateException(jupyter + " (recorded by install.sh) does not run: " + INSTALL_HINT);
        }
        return jupyter;
    }

    /**
     * The environment a front end started from this build sees; its kernels keep their emulator's files (generated
     * demos) where the build says, shared by every test class whatever HOME it gives them.
     */
    static Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>(Map.of("JUPYTER_PATH", jupyterPath().toString(), "PYTHONWARNINGS", "ignore"));
        environment.putAll(cacheEnvironment());
        return environment;
    }

    /** Where the kernels the tests start keep their emulator's files, if the build says. */
    static Map<String, String> cacheEnvironment() {
        String cache = System.getProperty("panther.emulatorCache");
        return cache == null ? Map.of() : Map.of(EmulatorOptions.CACHE_VARIABLE, cache);
    }

    static ProcessBuilder process(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().putAll(environment());
        return builder;
    }

    private static boolean runs(List<String> command) {
        if (PASSED.contains(command)) {
            return true;
        }
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean ran = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            if (ran) {
                PASSED.add(List.copyOf(command));
            }
            return ran;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
