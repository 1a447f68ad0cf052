package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.Isolated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jupyter's own conformance suite for kernels, jupyter_kernel_test (which `./install.sh --dev` installs beside
 * jupyter_client), against the kernelspec this build made: panther_kernel_tests.py gives the suite's KernelTests our
 * code samples and reports each of its cases. Every case is one test here; one that does not apply to this kernel is
 * skipped with the reason the subclass writes, and any other skip fails. ProtocolConformanceIT checks the same
 * protocol with our own rules.
 */
@Isolated
class JupyterKernelTestIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> CASES = new LinkedHashMap<>();
    private static String log = "";

    @BeforeAll
    static void runTheSuite() throws IOException, InterruptedException {
        Path script = Path.of("src/test/python/panther_kernel_tests.py").toAbsolutePath();
        Path out = Path.of("target/jupyter-kernel-test.jsonl").toAbsolutePath();
        Path errors = Path.of("target/jupyter-kernel-test.log").toAbsolutePath();
        Process process = Jupyter.process(List.of(Jupyter.pythonWithKernelTests(), script.toString()))
                .redirectOutput(out.toFile()).redirectError(errors.toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        log = Files.readString(errors);
        assertThat(finished).as("panther_kernel_tests.py finished within 5 minutes (its log: %s)", log).isTrue();
        for (String line : Files.readAllLines(out)) {
            JsonNode reported = JSON.readTree(line);
            CASES.put(reported.path("case").asText(), reported);
        }
        assertThat(CASES).as("cases panther_kernel_tests.py reported (its log: %s)", log).isNotEmpty();
    }

    static Stream<String> cases() {
        return CASES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passesEveryCaseOfJupyterKernelTestThatAppliesToIt(String name) {
        JsonNode reported = CASES.get(name);
        String outcome = reported.path("outcome").asText();
        Assumptions.assumeFalse("skipped".equals(outcome), () -> name + " does not apply: " + reported.path("reason").asText());
        StringBuilder details = new StringBuilder();
        reported.path("details").forEach(detail -> details.append(detail.asText()).append('\n'));
        assertThat(outcome).as("jupyter_kernel_test's %s:%n%s(the suite's log: %s)", name, details, log).isEqualTo("passed");
    }
}
