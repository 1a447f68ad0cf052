package dev.pantherkernel.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The floor benchmark 3 times must answer as a kernel would, or its time would mean nothing. */
class JShellFloorTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run floor(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), JShellFloor.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("JShellFloor ended").isTrue();
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theFloorEvaluatesOnePlusOneInJShellAndPrintsTwo() throws Exception {
        Run run = floor();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("2");
    }

    @Test
    void theFloorWithTheKernelsImportsSaysSoWhenTheKernelIsNotOnTheClassPath() throws Exception {
        Run run = floor("--kernel-imports");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo("JShellFloor: --kernel-imports needs the installed kernel's jars on the"
                + " class path (panther-kernel.jar and lib/*)");
    }
}
