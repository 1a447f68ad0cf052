package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared notebooks as files, before anything runs them: nbformat 4.5 wants an id on every cell (without one, every
 * nbconvert and JupyterLab that reads the file warns, and the README's first command printed that warning), and the
 * notebook must name our kernel, or JupyterLab asks which kernel to start. A unit test (no Jupyter needed), beside the
 * ITs that run the same notebooks.
 */
class ExampleNotebookFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> examples() throws IOException {
        return Notebooks.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyCellOfAnExampleHasItsOwnIdAsNbformatFourFiveWants(Path notebook) throws IOException {
        JsonNode root = JSON.readTree(notebook.toFile());
        assertThat(root.path("nbformat").asInt() * 100 + root.path("nbformat_minor").asInt())
                .as("nbformat of %s", notebook.getFileName()).isGreaterThanOrEqualTo(405);
        List<String> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (JsonNode cell : root.path("cells")) {
            String id = cell.path("id").asText("");
            if (!id.matches("[a-zA-Z0-9-_]{1,64}")) {
                missing.add(firstLine(cell.path("source")) + " (id '" + id + "')");
            } else if (!seen.add(id)) {
                repeated.add(id);
            }
        }
        assertThat(missing).as("cells of %s without a valid id", notebook.getFileName()).isEmpty();
        assertThat(repeated).as("ids used twice in %s", notebook.getFileName()).isEmpty();
    }

    /** A cell's source is one string or a list of lines. */
    private static String firstLine(JsonNode source) {
        StringBuilder text = new StringBuilder(source.isTextual() ? source.asText() : "");
        source.forEach(line -> text.append(line.asText()));
        return text.toString().lines().findFirst().orElse("");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void anExampleOpensWithThePantherKernel(Path notebook) throws IOException {
        JsonNode kernelspec = JSON.readTree(notebook.toFile()).path("metadata").path("kernelspec");
        assertThat(kernelspec.path("name").asText()).as("kernel of %s", notebook.getFileName()).isEqualTo("panther");
    }
}
