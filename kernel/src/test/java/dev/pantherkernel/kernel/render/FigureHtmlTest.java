package dev.pantherkernel.kernel.render;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Figure;

import static org.assertj.core.api.Assertions.assertThat;

class FigureHtmlTest {

    private final Figure figure = VerticalBarPlot.create("Alerts </script> by severity",
            Table.create("t", StringColumn.create("k", "HIGH", "LOW"), DoubleColumn.create("v", 3, 4)), "k", "v");

    @Test
    void theFigureDrawsIntoItsOwnDiv() {
        String html = new FigureHtml(PlotlyJs.cdnOnly()).render(figure);

        String div = html.substring(html.indexOf("id=\"") + 4, html.indexOf("\"", html.indexOf("id=\"") + 4));
        assertThat(div).matches("panther[0-9a-f]{32}");
        assertThat(html).contains("Plotly.newPlot(target_" + div);
    }

    @Test
    void itLoadsThePinnedPlotlyWithOrWithoutRequireJs() {
        String html = new FigureHtml(PlotlyJs.cdnOnly()).render(figure);

        assertThat(html).contains("https://cdn.plot.ly/plotly-2.35.2.min")
                .contains("window.requirejs(['plotly'], draw)")
                .contains("script.onload");
    }

    @Test
    void aTitleCannotCloseTheScriptEarly() {
        String html = new FigureHtml(PlotlyJs.cdnOnly()).render(figure);
        String script = html.substring(html.indexOf("<script>") + "<script>".length(), html.lastIndexOf("</script>"));

        assertThat(script).doesNotContain("</script");
    }

    @Test
    void twoFiguresGetTwoDivs() {
        FigureHtml figures = new FigureHtml(PlotlyJs.cdnOnly());

        assertThat(figures.render(figure)).isNotEqualTo(figures.render(figure));
    }
}
