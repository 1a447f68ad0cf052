package dev.pantherkernel.kernel.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Jupyter these tests drive: a python3 that has jupyter_client, and the kernelspec this build made
 * (found through JUPYTER_PATH, as an installed kernel is). Missing Jupyter fails the tests with the fix.
 */
final class Jupyter {

    static final String INSTALL_HINT = "Jupyter is not installed: run ./install.sh, or "
            + "`sudo apt-get install jupyter-client jupyter-nbconvert python3-nbclient jupyter-console`";

    private Jupyter() {
    }

    /** The directory that holds {@code kernels/panther}, made by `mvn package`. */
    static Path jupyterPath() {
        String configured = System.getProperty("panther.jupyterPath");
        Path path = Path.of(configured != null ? configured : "target/jupyter").toAbsolutePath();
        if (!Files.isRegularFile(path.resolve("kernels/panther/kernel.json"))) {
            throw new IllegalStateException("no kernelspec at " + path + "/kernels/panther: run `./mvnw package` first");
        }
        return path;
    }

    /** A python3 that can import jupyter_client: the one on PATH, else Debian's. */
    static String python() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            if (runs(List.of(candidate, "-c", "import jupyter_client"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(INSTALL_HINT);
    }

    /** The `jupyter` command, whose subcommands (nbconvert, kernelspec) the tests run. */
    static String jupyterCommand() {
        for (String candidate : List.of("jupyter", "/usr/bin/jupyter")) {
            if (runs(List.of(candidate, "--version"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(INSTALL_HINT);
    }

    /** The environment a front end started from this build sees. */
    static Map<String, String> environment() {
        return Map.of("JUPYTER_PATH", jupyterPath().toString(), "PYTHONWARNINGS", "ignore");
    }

    static ProcessBuilder process(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().putAll(environment());
        return builder;
    }

    private static boolean runs(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
