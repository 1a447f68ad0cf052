package dev.pantherkernel.kernel.render;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Figure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FigureHtmlTest {

    private final Figure figure = VerticalBarPlot.create("Alerts </script> by severity",
            Table.create("t", StringColumn.create("k", "HIGH", "LOW"), DoubleColumn.create("v", 3, 4)), "k", "v");

    private String html(FigureHtml figures, boolean selfContained) {
        return figures.render(FigureJson.of(figure), selfContained);
    }

    @Test
    void theFigureDrawsIntoItsOwnDivAtTheOutputsWidth() {
        String html = html(new FigureHtml(PlotlyJs.cdnOnly()), false);

        String div = html.substring(html.indexOf("id=\"") + 4, html.indexOf("\"", html.indexOf("id=\"") + 4));
        assertThat(div).matches("panther[0-9a-f]{32}");
        assertThat(html).contains("document.getElementById('" + div + "')")
                .contains("Plotly.newPlot(div, figure.data, themed(figure.layout), figure.config)")
                .contains("class=\"panther-chart\" style=\"width:100%\"")
                .contains("new ResizeObserver").doesNotContain("\"width\":700");
    }

    @Test
    void itLoadsThePinnedPlotlyFromTheJupyterServerOrTheCdnWithOrWithoutRequireJs() {
        String html = html(new FigureHtml(PlotlyJs.cdnOnly()), false);

        assertThat(html).contains("'kernelspecs/panther/plotly.min'")
                .contains("https://cdn.plot.ly/plotly-2.35.2.min")
                .contains("window.requirejs(['plotly'], draw)")
                .contains("script.onload");
    }

    @Test
    void itsColoursFollowTheJupyterLabThemeAndItsChanges() {
        String html = html(new FigureHtml(PlotlyJs.cdnOnly()), false);

        assertThat(html).contains("css('--jp-ui-font-color1'").contains("css('--jp-border-color2'")
                .contains("attributeFilter: ['data-jp-theme-light', 'data-jp-theme-name']")
                .contains("\"paper_bgcolor\":\"rgba(0,0,0,0)\"");
    }

    @Test
    void theLibraryIsInlinedOnceAndOnlyForFrontEndsWithoutAJupyterServer(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path local = Files.writeString(dir.resolve("plotly.min.js"), "window.Plotly = {fake: true};");
        FigureHtml figures = new FigureHtml(PlotlyJs.local(local));

        String interactive = html(figures, false);
        String first = html(figures, true);
        String second = html(figures, true);

        assertThat(interactive).doesNotContain("window.Plotly = {fake: true};");
        assertThat(first).contains("window.Plotly = {fake: true};");
        assertThat(second).doesNotContain("window.Plotly = {fake: true};");
    }

    @Test
    void aTitleCannotCloseTheScriptEarly() {
        String html = html(new FigureHtml(PlotlyJs.cdnOnly()), false);
        String script = html.substring(html.indexOf("<script>") + "<script>".length(), html.lastIndexOf("</script>"));

        assertThat(script).doesNotContain("</script").contains("Alerts &lt;/script&gt; by severity");
    }

    @Test
    void twoFiguresGetTwoDivs() {
        FigureHtml figures = new FigureHtml(PlotlyJs.cdnOnly());

        assertThat(html(figures, false)).isNotEqualTo(html(figures, false));
    }
}
