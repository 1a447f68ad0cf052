package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The tests' kernelspec ({@link Jupyter#jupyterPath()}) with other JVM options or another log level, in a Jupyter path
 * of its own beside it. Its kernel.json names that kernelspec's jar, libraries and class data sharing archive by their
 * absolute paths, so that the archive, trained for those paths, still applies; its other files are hard links, as
 * JupyterLab serves plotly.min.js from the kernelspec of the kernel in use.
 */
final class DerivedKernelspec {

    /**
     * JIT compilation with C1 only. The kernels that run the example notebooks (ExampleNotebooksIT, ReplayExamplesIT,
     * JupyterLabBrowserIT) live for seconds, in which C2 compiles much and pays back little: with C1 only, the seven
     * examples under nbconvert took 30 s of CPU instead of 53 s here. The code run is the same; the kernelspec users
     * get (install.sh's) keeps both compilers, and the tests that measure time or memory use it as built.
     */
    static final List<String> C1_ONLY = List.of("-XX:TieredStopAtLevel=1");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DerivedKernelspec() {
    }

    /**
     * A Jupyter path named {@code name} beside the tests' one, whose panther kernel starts with {@code jvmOptions} first
     * and with its argv otherwise changed by {@code argv}; made anew at each call.
     */
    static synchronized Path of(String name, List<String> jvmOptions, UnaryOperator<String> argv) {
        Path from = Jupyter.jupyterPath();
        Path spec = from.resolve("kernels/panther");
        Path derived = from.resolveSibling(from.getFileName() + "-" + name);
        Path derivedSpec = derived.resolve("kernels/panther");
        try {
            TrainedKernelspec.deleteTree(derived);
            TrainedKernelspec.mirror(from, derived, List.of(derivedSpec.resolve("kernel.json")));
            ObjectNode kernel = (ObjectNode) JSON.readTree(spec.resolve("kernel.json").toFile());
            List<String> args = new ArrayList<>();
            kernel.withArray("argv").forEach(arg -> args.add(argv.apply(arg.asText().replace("{resource_dir}", spec.toString()))));
            args.addAll(1, jvmOptions);
            ArrayNode written = kernel.putArray("argv");
            args.forEach(written::add);
            JSON.writeValue(derivedSpec.resolve("kernel.json").toFile(), kernel);
            return derived;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kernel for the example notebooks: C1 only ({@link #C1_ONLY}). */
    static Path examples() {
        return Examples.PATH;
    }

    /** Made once per test run, when first asked for. */
    private static final class Examples {
        static final Path PATH = of("examples", C1_ONLY, UnaryOperator.identity());
    }
}
