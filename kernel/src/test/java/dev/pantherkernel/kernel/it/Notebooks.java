package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared example notebooks, executed by nbconvert as the README tells users to, and what their outputs hold. */
final class Notebooks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEADER_ROW = Pattern.compile("<thead><tr><th[^>]*></th>(.*?)</tr></thead>", Pattern.DOTALL);
    /** A column's name, and its type in the label under it. */
    private static final Pattern COLUMN = Pattern.compile("<th[^>]*>(.*?)<span class=\"t\"><br>(.*?)</span></th>", Pattern.DOTALL);

    private Notebooks() {
    }

    static List<Path> examples() throws IOException {
        Path dir = Path.of(System.getProperty("panther.examplesDir", "../examples"));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertThat(notebooks).as("notebooks in examples/").isNotEmpty();
            return notebooks;
        }
    }

    /**
     * Executes {@code notebook} into {@code out} with nbconvert; {@code panther} is the Panther to connect to
     * (PANTHER_API_URL and PANTHER_API_TOKEN), empty for the built-in demo.
     */
    static Path execute(Path notebook, Path out, Map<String, String> panther) throws IOException, InterruptedException {
        Files.createDirectories(out);
        String name = notebook.getFileName().toString().replace(".ipynb", "");
        run(List.of(Jupyter.jupyterCommand(), "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=600", "--output-dir", out.toString(), "--output", name,
                notebook.toAbsolutePath().toString()), out.resolve(name + ".log"), panther);
        return out.resolve(name + ".ipynb");
    }

    /** Runs a Jupyter command to its end; {@code panther} as for {@link #execute}. */
    static void run(List<String> command, Path log, Map<String, String> panther) throws IOException, InterruptedException {
        ProcessBuilder builder = Jupyter.process(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the demo (or the Panther given), not whatever Panther the machine running the tests is configured for
        builder.environment().remove("PANTHER_API_URL");
        builder.environment().remove("PANTHER_API_TOKEN");
        builder.environment().remove("PANTHER_RECORD");
        builder.environment().remove("PANTHER_REPLAY");
        builder.environment().putAll(panther);
        Process process = builder.start();
        boolean finished = process.waitFor(15, TimeUnit.MINUTES);
        assertThat(finished).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("exit code of %s; log: %s", command,
                Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }

    /**
     * Writes a notebook of code cells for the Panther kernel at {@code path}; a first cell that starts with
     * {@code // parameters} is tagged {@code parameters}, as papermill and panther-run look for.
     */
    static Path write(Path path, String... cells) throws IOException {
        ObjectNode nb = JSON.createObjectNode();
        ArrayNode list = nb.putArray("cells");
        for (int i = 0; i < cells.length; i++) {
            ObjectNode cell = list.addObject().put("cell_type", "code").put("id", "c" + i).putNull("execution_count");
            ObjectNode metadata = cell.putObject("metadata");
            if (i == 0 && cells[0].startsWith("// parameters")) {
                metadata.putArray("tags").add("parameters");
            }
            cell.putArray("outputs");
            cell.put("source", cells[i]);
        }
        nb.putObject("metadata").putObject("kernelspec").put("name", "panther").put("display_name", "Panther (Java)")
                .put("language", "java");
        nb.put("nbformat", 4).put("nbformat_minor", 5);
        Files.writeString(path, JSON.writeValueAsString(nb));
        return path;
    }

    static JsonNode read(Path executed) throws IOException {
        return JSON.readTree(executed.toFile());
    }

    /** {@code ename: evalue} of every error output. */
    static List<String> errors(JsonNode executed) {
        List<String> errors = new ArrayList<>();
        for (JsonNode cell : executed.path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                if (output.path("output_type").asText().equals("error")) {
                    errors.add(output.path("ename").asText() + ": " + output.path("evalue").asText());
                }
            }
        }
        return errors;
    }

    /** The columns (name to Tablesaw type) of every table a cell's value shows, in order. */
    static List<Map<String, String>> tableColumns(JsonNode executed) {
        List<Map<String, String>> tables = new ArrayList<>();
        for (JsonNode cell : executed.path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                Matcher header = HEADER_ROW.matcher(text(output.path("data").path("text/html")));
                if (output.path("output_type").asText().equals("execute_result") && header.find()) {
                    Map<String, String> columns = new LinkedHashMap<>();
                    Matcher column = COLUMN.matcher(header.group(1));
                    while (column.find()) {
                        columns.put(column.group(1), column.group(2));
                    }
                    tables.add(columns);
                }
            }
        }
        return tables;
    }

    static String text(JsonNode node) {
        if (node.isArray()) {
            StringBuilder out = new StringBuilder();
            node.forEach(n -> out.append(n.asText()));
            return out.toString();
        }
        return node.asText("");
    }
}
