package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.StandardCopyOption;

/**
 * JupyterLab 4 and Notebook 7 in a real browser (Debian's Chromium, driven by Playwright), offline, as analysts use
 * them: every example runs, every chart draws and tables read cleanly in the light theme (one-line footers, a narrow
 * pinned column); a copied table is a rectangle; a chart cell re-run, the notebook saved and reloaded still draws every
 * chart; the HTML route draws with the server's plotly.js; completion; interrupts of a running cell and of an open
 * password box; errors read at 4.5:1 or more in the light and dark themes; the saved notebooks in the dark theme;
 * Notebook 7; the saved notebook's HTML exports (JupyterLab's Export As HTML, and the report command of docs/sharing.md
 * {@code jupyter nbconvert --to html --no-input}) draw every chart offline, show pictures where no script runs.
 * jupyterlab-check.js does the browsing and reports one line per check; screenshots go to target/browser-screenshots.
 */
class JupyterLabBrowserIT {

    static final String INSTALL_HINT = "run ./install.sh --dev first: it installs Playwright (playwright-core) for the "
            + "browser tests and records where";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = Path.of("target/browser").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target/browser-screenshots").toAbsolutePath();
    private static final Map<String, JsonNode> CHECKS = new LinkedHashMap<>();
    private static String output = "";
    private static JupyterLabServer server;

    static List<String> examples() throws IOException {
        return ExampleNotebooksIT.examples().stream().map(p -> p.getFileName().toString()).toList();
    }

    static Stream<String> checks() throws IOException {
        List<String> names = new ArrayList<>();
        examples().forEach(e -> names.add("lab-light-runs-" + e));
        names.addAll(List.of("lab-copy-table-is-a-rectangle", "lab-rerun-chart-save-reload-offline", "lab-export-html-draws-offline",
                "html-route-draws-with-the-servers-plotly", "lab-completion", "lab-interrupt-running-cell",
                "lab-interrupt-password-prompt", "lab-errors-read-in-light-and-dark"));
        examples().forEach(e -> names.add("lab-dark-reads-" + e));
        names.addAll(List.of("notebook7-reload-and-run", "no-script-errors"));
        return names.stream();
    }

    @BeforeAll
    static void browseEveryExample() throws Exception {
        String playwright = InstallRecord.read().require("playwright", INSTALL_HINT);
        String node = InstallRecord.read().first("node").orElse("node");
        Chromium.binary();
        Path notebooks = WORK.resolve("notebooks");
        Files.createDirectories(notebooks);
        Files.createDirectories(SCREENSHOTS);
        for (Path example : ExampleNotebooksIT.examples()) {
            Files.copy(example, notebooks.resolve(example.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        server = JupyterLabServer.start(notebooks, WORK);
        List<String> command = new ArrayList<>(List.of(node, Path.of("src/test/js/jupyterlab-check.js").toAbsolutePath().toString(),
                server.baseUrl(), server.token(), SCREENSHOTS.toString()));
        command.addAll(examples());
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(WORK.resolve("jupyterlab-check.log").toFile());
        builder.environment().put("NODE_PATH", playwright);
        Process browser = builder.start();
        output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(browser.waitFor(20, TimeUnit.MINUTES)).as("the browser checks finished").isTrue();
        for (String line : output.lines().filter(l -> l.startsWith("{")).toList()) {
            JsonNode check = JSON.readTree(line);
            CHECKS.put(check.path("check").asText(), check);
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checks")
    void analystsSeeEveryExampleRunEveryChartDrawTablesReadAndInterruptsEndCells(String check) {
        assertThat(CHECKS).as("checks the browser ran (its output: %s; log: target/browser/jupyterlab-check.log)", output)
                .containsKey(check);
        assertThat(CHECKS.get(check).path("problems")).as("problems seen in %s (details: %s; screenshots in %s)",
                check, CHECKS.get(check).path("detail"), SCREENSHOTS).isEmpty();
    }

    /**
     * The report command of docs/sharing.md on the notebook JupyterLab saved (alert triage, its chart cell re-run before the save):
     * every chart draws in Chromium with no network, no code shows, and every chart output also holds a picture for
     * viewers that run no script. JupyterLab's own Export As HTML goes through the same exporter on the server
     * ({@code nbconvert/html/PATH}); jupyterlab-check.js opens that export too (lab-export-html-draws-offline).
     */
    @Test
    void theReportOfANotebookSavedFromJupyterLabDrawsEveryChartOfflineAndEveryChartHoldsAPicture() throws Exception {
        Path saved = WORK.resolve("notebooks/alert-triage.ipynb");
        List<String> withoutPicture = new ArrayList<>();
        int charts = 0;
        for (JsonNode cell : JSON.readTree(saved.toFile()).path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                JsonNode data = output.path("data");
                if (data.has("application/vnd.plotly.v1+json")) {
                    charts++;
                    if (!data.has("image/svg+xml") && !data.has("image/png")) {
                        withoutPicture.add(Notebooks.text(cell.path("source")));
                    }
                }
            }
        }
        Notebooks.run(List.of(Jupyter.jupyterCommand(), "nbconvert", "--to", "html", "--no-input", "--output-dir",
                WORK.toString(), "--output", "alert-triage-report", saved.toString()), WORK.resolve("report.log"), Map.of());
        String page = Files.readString(WORK.resolve("alert-triage-report.html"));
        Path checked = Files.writeString(WORK.resolve("alert-triage-report-checked.html"), ExampleNotebooksIT.instrumented(page));
        String dom = Chromium.dumpDom(checked, Chromium.newProfile());
        JsonNode check = JSON.readTree(ExampleNotebooksIT.unescape(ExampleNotebooksIT.matchOrFail(dom, checked)));

        assertThat(charts).as("charts in the notebook JupyterLab saved").isPositive();
        assertThat(withoutPicture).as("chart outputs without a picture").isEmpty();
        assertThat(page).as("the report leaves the code out").doesNotContain("%panther chart");
        assertThat(check.path("errors")).as("script errors on the report").isEmpty();
        assertThat(check.path("charts").asInt()).as("charts on the report").isEqualTo(charts);
        assertThat(check.path("drawn").asInt()).as("charts drawn offline on the report").isEqualTo(charts);
    }
}
