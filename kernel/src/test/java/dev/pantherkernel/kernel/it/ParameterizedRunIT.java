package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * panther-run, the parameterized runner, as cron would call it: the values go to the cell tagged {@code parameters}
 * read as each default's type (a duration given as 1d works in {@code --since {since}}), quotes and code-looking text
 * stay data, and the executed notebook and its HTML are written, also when a cell fails (exit status 1).
 */
class ParameterizedRunIT {

    private static final String HOSTILE = "it's \"quoted\"; } DROP --";

    @TempDir
    Path dir;

    private Path notebook(String... cells) throws IOException {
        return Notebooks.write(dir.resolve("report.ipynb"), cells);
    }

    private record Run(int exit, String output) {
    }

    private Run run(Path notebook, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Jupyter.python(),
                Jupyter.jupyterPath().resolve("kernels/panther/panther_run.py").toString(), notebook.toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("run.log");
        ProcessBuilder builder = Jupyter.process(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("PANTHER_API_URL");
        builder.environment().remove("PANTHER_API_TOKEN");
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("panther-run finished").isTrue();
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static String outputs(JsonNode executed) {
        StringBuilder text = new StringBuilder();
        for (JsonNode cell : executed.path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                text.append(Notebooks.text(output.path("data").path("text/plain"))).append(Notebooks.text(output.path("text")))
                        .append(Notebooks.text(output.path("ename"))).append(' ').append(Notebooks.text(output.path("evalue")))
                        .append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void parametersAreReadAsTheirDefaultsTypesAndTheReportIsWritten() throws Exception {
        Path nb = notebook("""
                        // parameters
                        Duration since = Duration.ofDays(7);
                        String title = "default";
                        List<String> severities = List.of("HIGH");
                        int limit = 5;""",
                "%panther alerts --since {since} --severity {severities} --limit {limit} --as recent",
                "title + \"|\" + since.toHours() + \"|\" + severities + \"|\" + limit + \"|\" + (recent.rowCount() <= 3)");

        Run run = run(nb, "-p", "since", "1d", "-p", "title", HOSTILE, "-p", "severities", "CRITICAL,HIGH",
                "-p", "limit", "3", "-o", dir.resolve("today.html").toString());

        assertThat(run.exit()).as(run.output()).isZero();
        JsonNode executed = Notebooks.read(dir.resolve("today.ipynb"));
        assertThat(Notebooks.errors(executed)).isEmpty();
        assertThat(executed.path("cells").get(1).path("metadata").path("tags").get(0).asText()).isEqualTo("injected-parameters");
        assertThat(outputs(executed)).contains(HOSTILE + "|24|[CRITICAL, HIGH]|3|true");
        assertThat(Files.readString(dir.resolve("today.html"))).contains("|24|[CRITICAL, HIGH]|3|true");
    }

    @Test
    void aFailingCellStillWritesTheReportAndExitsWithOne() throws Exception {
        Path nb = notebook("// parameters\nint limit = 5;", "limit / 0");

        Run run = run(nb, "-p", "limit", "2", "-o", dir.resolve("failed.html").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("a cell failed");
        assertThat(dir.resolve("failed.html")).exists();
        assertThat(outputs(Notebooks.read(dir.resolve("failed.ipynb")))).contains("ArithmeticException");
    }

    @Test
    void valuesWithoutACellTaggedParametersAreRefusedBeforeAnythingRuns() throws Exception {
        Path nb = notebook("int limit = 5;");

        Run run = run(nb, "-p", "limit", "2");

        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).contains("no cell tagged 'parameters'");
    }
}
