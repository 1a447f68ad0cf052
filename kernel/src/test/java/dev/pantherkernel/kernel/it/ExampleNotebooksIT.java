package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every shared example runs top to bottom under `jupyter nbconvert --execute`, as the README tells users to. */
class ExampleNotebooksIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyExampleNotebookExecutesWithoutAnErrorCell() throws Exception {
        List<Path> notebooks = examples();
        assertThat(notebooks).as("notebooks in examples/").isNotEmpty();
        Path out = Files.createDirectories(Path.of("target/executed-examples").toAbsolutePath());
        for (Path notebook : notebooks) {
            JsonNode executed = execute(notebook, out);
            List<String> errors = new ArrayList<>();
            int results = 0;
            for (JsonNode cell : executed.path("cells")) {
                for (JsonNode output : cell.path("outputs")) {
                    if (output.path("output_type").asText().equals("error")) {
                        errors.add(output.path("ename").asText() + ": " + output.path("evalue").asText());
                    }
                    if (output.path("output_type").asText().equals("execute_result")) {
                        results++;
                    }
                }
            }
            assertThat(errors).as("error cells in %s", notebook.getFileName()).isEmpty();
            assertThat(results).as("cells with a value in %s", notebook.getFileName()).isPositive();
        }
    }

    static List<Path> examples() throws IOException {
        Path dir = Path.of(System.getProperty("panther.examplesDir", "../examples"));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
    }

    static JsonNode execute(Path notebook, Path outDir) throws Exception {
        String name = notebook.getFileName().toString().replace(".ipynb", "");
        Process nbconvert = Jupyter.process(List.of(Jupyter.jupyterCommand(), "nbconvert", "--to", "notebook",
                        "--execute", "--ExecutePreprocessor.timeout=600", "--output-dir", outDir.toString(),
                        "--output", name, notebook.toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(outDir.resolve(name + ".log").toFile())
                .start();
        boolean finished = nbconvert.waitFor(15, TimeUnit.MINUTES);
        assertThat(finished).as("nbconvert finished %s", notebook).isTrue();
        assertThat(nbconvert.exitValue()).as("nbconvert exit code for %s; log: %s", notebook,
                Files.readString(outDir.resolve(name + ".log"))).isZero();
        return JSON.readTree(outDir.resolve(name + ".ipynb").toFile());
    }
}
