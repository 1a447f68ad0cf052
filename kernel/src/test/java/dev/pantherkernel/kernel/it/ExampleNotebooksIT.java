package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shared example runs top to bottom under `jupyter nbconvert --execute` against the built-in demo, as the
 * README tells users to (its kernel compiling with C1 only, {@link DerivedKernelspec#C1_ONLY});
 * then its HTML page is opened in headless Chromium, with and without RequireJS, with no
 * network: every chart must draw, from the plotly.js the kernel inlined, without a script error; no long value may be
 * cut (a shared page wraps them) and a table selected from its header to past its footer must read as a rectangle.
 */
class ExampleNotebooksIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHAPE = Pattern.compile("([\\d,]+) rows? × ([\\d,]+) columns?");
    private static final Pattern CHECK = Pattern.compile("<pre id=\"panther-check\">(.*?)</pre>", Pattern.DOTALL);
    private static final Path OUT = Path.of("target/executed-examples").toAbsolutePath();
    private static final Map<Path, Path> EXECUTED = new ConcurrentHashMap<>();

    static List<Path> examples() throws IOException {
        return Notebooks.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void executesWithoutAnErrorCellWithRowsInEveryTableAndNoEmptyOutputLeft(Path notebook) throws Exception {
        JsonNode executed = JSON.readTree(executed(notebook).toFile());
        List<String> errors = Notebooks.errors(executed);
        List<String> emptyTables = new ArrayList<>();
        List<String> emptyOutputs = new ArrayList<>();
        int results = 0;
        for (JsonNode cell : executed.path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                String type = output.path("output_type").asText();
                if (type.equals("display_data") && blank(output.path("data"))) {
                    emptyOutputs.add(text(cell.path("source")));
                }
                if (type.equals("execute_result")) {
                    results++;
                    String html = text(output.path("data").path("text/html"));
                    Matcher shape = SHAPE.matcher(html);
                    if (html.contains("panther-table") && shape.find() && shape.group(1).equals("0")) {
                        emptyTables.add(text(cell.path("source")));
                    }
                }
            }
        }
        assertThat(errors).as("error cells in %s", notebook.getFileName()).isEmpty();
        assertThat(emptyTables).as("empty tables in %s", notebook.getFileName()).isEmpty();
        assertThat(emptyOutputs).as("cells of %s that keep an empty output (a progress line)", notebook.getFileName())
                .isEmpty();
        assertThat(results).as("cells with a value in %s", notebook.getFileName()).isPositive();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyChartDrawsTablesWrapLongValuesAndCopyAsRectanglesInChromiumWithAndWithoutRequireJs(Path notebook) throws Exception {
        String name = notebook.getFileName().toString().replace(".ipynb", "");
        Path html = OUT.resolve(name + ".html");
        Notebooks.run(List.of(Jupyter.jupyterCommand(), "nbconvert", "--to", "html", "--output-dir", OUT.toString(),
                executed(notebook).toString()), OUT.resolve(name + ".html.log"), Map.of());
        assertThat(Jupyter.jupyterPath().resolve("kernels/panther/plotly.min.js")).as(
                "a local plotly.js beside the kernel (./install.sh fetches it with npm)").exists();
        String page = Files.readString(html);
        int figures = figureOutputs(JSON.readTree(executed(notebook).toFile()));
        for (boolean requireJs : List.of(true, false)) {
            String variant = requireJs ? page : page.replaceAll("<script[^>]*require[^>]*></script>", "");
            Path checked = OUT.resolve(name + (requireJs ? "-requirejs" : "-plain") + ".html");
            Files.writeString(checked, instrumented(variant));
            Path profile = Chromium.newProfile();
            JsonNode check = JSON.readTree(unescape(matchOrFail(Chromium.dumpDom(checked, profile), checked)));
            try {
                assertThat(check.path("errors")).as("script errors on %s", checked.getFileName()).isEmpty();
                assertThat(check.path("drawn").asInt()).as("charts drawn on %s", checked.getFileName())
                        .isEqualTo(check.path("charts").asInt());
                assertThat(check.path("charts").asInt()).as("charts on %s", checked.getFileName()).isEqualTo(figures);
                assertThat(check.path("cut").asInt()).as("long values cut instead of wrapped on %s (%s wrapped)",
                        checked.getFileName(), check.path("wrapped")).isZero();
                assertThat(check.path("ragged")).as("tables on %s whose copy is not a rectangle", checked.getFileName()).isEmpty();
            } catch (AssertionError failed) {
                // a picture of the page for the report; a page that passes needs none (a Chromium start each)
                Chromium.screenshot(checked, profile, OUT.resolve(checked.getFileName().toString().replace(".html", ".png")));
                throw failed;
            }
        }
    }

    private static int figureOutputs(JsonNode notebook) {
        int figures = 0;
        for (JsonNode cell : notebook.path("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                if (text(output.path("data").path("text/html")).contains("class=\"panther-chart\"")) {
                    figures++;
                }
            }
        }
        return figures;
    }

    /** Adds an error collector first, and last a script that writes what it finds into the page. */
    static String instrumented(String page) {
        String collector = "<script>window.__errors=[];window.addEventListener('error',function(e){"
                + "window.__errors.push(String(e.message||e.type));});</script>";
        String report = "<script>window.addEventListener('load',function(){setTimeout(function(){"
                + "var charts=document.querySelectorAll('.panther-chart');var drawn=0;"
                + "charts.forEach(function(c){if(c.querySelector('svg.main-svg')&&c.querySelectorAll("
                + "'g.trace path, g.trace .point, g.slice path, path.point, g.points path').length>0){drawn++;}});"
                + "var cut=0,wrapped=0,ragged=[];"
                // a long value is marked w: on a shared page it wraps, so none is cut
                + "document.querySelectorAll('.panther-table td.w').forEach(function(td){"
                + "if(td.scrollWidth>td.clientWidth+1){cut++;}else{wrapped++;}});"
                // a selection from before each table to past its footer reads as a rectangle: every line as many fields
                + "document.querySelectorAll('.panther-table').forEach(function(t,i){var table=t.querySelector('table');"
                + "var end=t.querySelector('.panther-footer')||table;var range=document.createRange();"
                + "range.setStartBefore(table);range.setEndAfter(end);var sel=window.getSelection();sel.removeAllRanges();"
                + "sel.addRange(range);var counts={};sel.toString().replace(/\\n+$/,'').split('\\n').forEach(function(l){"
                + "counts[l.split('\\t').length]=1;});if(Object.keys(counts).length!==1){ragged.push(i);}});"
                + "var r=document.createElement('pre');r.id='panther-check';"
                + "r.textContent=JSON.stringify({charts:charts.length,drawn:drawn,errors:window.__errors,"
                + "cut:cut,wrapped:wrapped,ragged:ragged});"
                + "document.body.appendChild(r);},1500);});</script>";
        return page.replaceFirst("<head>", "<head>" + Matcher.quoteReplacement(collector))
                .replace("</body>", report + "</body>");
    }

    static String matchOrFail(String dom, Path page) {
        Matcher m = CHECK.matcher(dom);
        assertThat(m.find()).as("the check report in %s", page).isTrue();
        return m.group(1);
    }

    static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static synchronized Path executed(Path notebook) throws Exception {
        Path known = EXECUTED.get(notebook);
        if (known != null) {
            return known;
        }
        Path executed = Notebooks.execute(notebook, OUT, Map.of("JUPYTER_PATH", DerivedKernelspec.examples().toString()));
        EXECUTED.put(notebook, executed);
        return executed;
    }

    private static boolean blank(JsonNode data) {
        for (JsonNode value : data) {
            if (!text(value).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode node) {
        return Notebooks.text(node);
    }
}
