package dev.pantherkernel.kernel.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Jupyter's own command-line tools find and run the kernel: kernelspec list, and the console. */
class JupyterToolsIT {

    @Test
    void kernelspecListShowsPanther() throws Exception {
        String listed = run(List.of(Jupyter.jupyterCommand(), "kernelspec", "list"), "");

        assertThat(listed).containsPattern("(?m)^\\s*panther\\s+" + Jupyter.jupyterPath());
    }

    @Test
    void theConsoleEvaluatesJava() throws Exception {
        String session = run(List.of(Jupyter.jupyterCommand(), "console", "--kernel", "panther", "--simple-prompt"),
                "int x = 20;\nx * 2 + 2\nexit\n");

        assertThat(session).contains("Out[2]: 42");
    }

    private static String run(List<String> command, String input) throws IOException, InterruptedException {
        Process process = Jupyter.process(command).redirectErrorStream(true).start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new String(output, StandardCharsets.UTF_8);
    }
}
