package dev.pantherkernel.kernel.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Figure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FigureHtmlTest {

    private static final String PICTURE = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>the picture</title></svg>";

    private final Figure figure = VerticalBarPlot.create("Alerts </script> by severity",
            Table.create("t", StringColumn.create("k", "HIGH", "LOW"), DoubleColumn.create("v", 3, 4)), "k", "v");

    private String html(FigureHtml figures) {
        return figures.render(FigureJson.of(figure), PICTURE);
    }

    private static FigureHtml withLocalCopy(Path dir, PlotlyCarrier carrier) throws IOException {
        Path local = Files.writeString(dir.resolve("plotly.min.js"), "window.Plotly = {fake: true};");
        return new FigureHtml(PlotlyJs.local(local), carrier);
    }

    @Test
    void theFigureDrawsIntoItsOwnDivAtTheOutputsWidth() {
        String html = html(new FigureHtml(PlotlyJs.cdnOnly(), new PlotlyCarrier()));

        String div = html.substring(html.indexOf("id=\"") + 4, html.indexOf("\"", html.indexOf("id=\"") + 4));
        assertThat(div).matches("panther[0-9a-f]{32}");
        assertThat(html).contains("document.getElementById('" + div + "')")
                .contains("Plotly.newPlot(div, figure.data, themed(figure.layout), figure.config)")
                .contains("class=\"panther-chart\" style=\"width:100%\"")
                .contains("new ResizeObserver").doesNotContain("\"width\":700");
    }

    @Test
    void thePictureIsInsideTheChartsDivSoPlotlyReplacesItWhenItDraws() {
        String html = html(new FigureHtml(PlotlyJs.cdnOnly(), new PlotlyCarrier()));

        int div = html.indexOf("class=\"panther-chart\"");
        assertThat(html.indexOf(PICTURE)).isGreaterThan(div).isLessThan(html.indexOf("<script"));
        assertThat(html).contains("div.removeChild(picture)");
    }

    /**
     * nbconvert's sanitizer keeps divs and their classes and escapes the rest into text: the picture and the scripts
     * sit in divs the export's style sheet hides, and the note for sanitized pages is a div the chart's own style hides.
     */
    @Test
    void aSanitizedPageHidesThePictureAndScriptsAndShowsANoteNamingTheChartAndTheCommandToExportIt() {
        String html = html(new FigureHtml(PlotlyJs.cdnOnly(), new PlotlyCarrier()));

        assertThat(html).contains("<div class=\"panther-chart-picture " + FigureHtml.HIDDEN + "\">")
                .contains("<div class=\"panther-chart-code " + FigureHtml.HIDDEN + "\">")
                .contains("<div class=\"panther-chart-note\">Chart \u201cAlerts &lt;/script&gt; by severity\u201d: not shown")
                .contains("jupyter nbconvert --to html --no-input NOTEBOOK.ipynb")
                .contains(".panther-chart-output .panther-chart-note{display:none}");
    }

    @Test
    void itLoadsThePinnedPlotlyFromTheJupyterServerOrTheCdnWithOrWithoutRequireJs() {
        String html = html(new FigureHtml(PlotlyJs.cdnOnly(), new PlotlyCarrier()));

        assertThat(html).contains("'kernelspecs/panther/plotly.min'")
                .contains("https://cdn.plot.ly/plotly-2.35.2.min")
                .contains("window.requirejs(['plotly']")
                .contains("script.onload");
    }

    @Test
    void itsColoursFollowTheJupyterLabThemeAndItsChanges() {
        String html = html(new FigureHtml(PlotlyJs.cdnOnly(), new PlotlyCarrier()));

        assertThat(html).contains("css('--jp-ui-font-color1'").contains("css('--jp-border-color2'")
                .contains("attributeFilter: ['data-jp-theme-light', 'data-jp-theme-name']")
                .contains("\"paper_bgcolor\":\"rgba(0,0,0,0)\"");
    }

    @Test
    void theFirstChartOfASessionCarriesTheLibraryPackedAndTheOthersDoNot(@TempDir Path dir) throws IOException {
        FigureHtml figures = withLocalCopy(dir, new PlotlyCarrier());

        String first = html(figures);
        String second = html(figures);

        assertThat(unpacked(first)).containsExactly("window.Plotly = {fake: true};");
        assertThat(unpacked(second)).isEmpty();
    }

    @Test
    void whenTheCellThatCarriedTheLibraryRunsAgainItsNewChartCarriesItAgain(@TempDir Path dir) throws IOException {
        PlotlyCarrier carrier = new PlotlyCarrier();
        FigureHtml figures = withLocalCopy(dir, carrier);

        carrier.cellStarts("cell-a", List.of());
        String first = html(figures);
        carrier.cellStarts("cell-b", List.of());
        String other = html(figures);
        carrier.cellStarts("cell-a", List.of());
        String again = html(figures);

        assertThat(unpacked(first)).hasSize(1);
        assertThat(unpacked(other)).isEmpty();
        assertThat(unpacked(again)).hasSize(1);
    }

    @Test
    void whenTheCellThatCarriedTheLibraryIsDeletedTheNextChartCarriesIt(@TempDir Path dir) throws IOException {
        PlotlyCarrier carrier = new PlotlyCarrier();
        FigureHtml figures = withLocalCopy(dir, carrier);

        carrier.cellStarts("cell-a", List.of());
        html(figures);
        carrier.cellStarts("cell-b", List.of("cell-a"));

        assertThat(unpacked(html(figures))).hasSize(1);
    }

    @Test
    void withoutALocalCopyNoChartCarriesAnything() {
        assertThat(unpacked(html(new FigureHtml(PlotlyJs.cdnOnly(), new PlotlyCarrier())))).isEmpty();
    }

    @Test
    void aTitleCannotCloseTheScriptEarly() {
        String html = html(new FigureHtml(PlotlyJs.cdnOnly(), new PlotlyCarrier()));
        String script = html.substring(html.indexOf("<script>") + "<script>".length(), html.lastIndexOf("</script>"));

        assertThat(script).doesNotContain("</script").contains("Alerts &lt;/script&gt; by severity");
    }

    @Test
    void twoFiguresGetTwoDivs() {
        FigureHtml figures = new FigureHtml(PlotlyJs.cdnOnly(), new PlotlyCarrier());

        assertThat(html(figures)).isNotEqualTo(html(figures));
    }

    /** The libraries a chart's HTML carries, unpacked as the page's loader unpacks them. */
    private static List<String> unpacked(String html) {
        Matcher carried = Pattern.compile("shared\\.carry\\('([A-Za-z0-9+/=]+)'\\)").matcher(html);
        return carried.results().map(m -> gunzip(Base64.getDecoder().decode(m.group(1)))).toList();
    }

    private static String gunzip(byte[] packed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
