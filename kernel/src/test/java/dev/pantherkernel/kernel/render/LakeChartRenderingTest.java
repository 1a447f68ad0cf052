package dev.pantherkernel.kernel.render;

import dev.pantherkernel.magics.lakechart.LakeChartResult;
import dev.pantherkernel.magics.table.Result;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Figure;

import static org.assertj.core.api.Assertions.assertThat;

class LakeChartRenderingTest {

    private final Renderer renderer = new Renderer();
    private final Figure figure = VerticalBarPlot.create("per day",
            Table.create("t", StringColumn.create("k", "a", "b"), DoubleColumn.create("v", 3, 4)), "k", "v");
    private final Result buckets = Result.of(Table.create("b", StringColumn.create("k", "a", "b")))
            .operation("sql").detail("query q-1").warning("stopped <early>").build();

    LakeChartRenderingTest() {
        Renderers.registerAll(renderer, new FigureHtml(PlotlyJs.cdnOnly()), () -> true);
    }

    @Test
    void theFigureRendersAsAnyFigureWithTheDataLakesFactsAroundIt() {
        LakeChartResult chart = new LakeChartResult(figure, buckets, "SELECT 'x' < 1", "aws_cloudtrail", 1_234_567, true);

        DisplayData data = renderer.render(chart);
        String html = (String) data.getData(MIMEType.TEXT_HTML);

        assertThat(html).contains("class=\"panther-chart\"").contains("Plotly.newPlot");
        assertThat(html.indexOf("stopped &lt;early&gt;")).isLessThan(html.indexOf("panther-chart\""));
        assertThat(html).contains("<pre class=\"panther-sql\">SELECT &#39;x&#39; &lt; 1</pre>");
        assertThat(html.indexOf("aws_cloudtrail: 1,234,567 rows aggregated in the data lake, 2 rows came back · sql · query q-1"))
                .isGreaterThan(html.indexOf("Plotly.newPlot"));
        assertThat((String) data.getData(MIMEType.TEXT_PLAIN)).contains("1,234,567 rows aggregated").contains("SELECT 'x' < 1");
    }

    @Test
    void theFootersAndWarningsTakeTheThemesColoursSoTheyReadInADarkTheme() {
        LakeChartResult chart = new LakeChartResult(figure, buckets, "SELECT 1", "aws_cloudtrail", 10, true);

        String html = (String) renderer.render(chart).getData(MIMEType.TEXT_HTML);

        assertThat(html).contains(".panther-lake-chart .panther-footer{color:var(--jp-content-font-color2,")
                .contains(".panther-lake-chart .panther-warning{color:var(--jp-content-font-color1,")
                .doesNotContain("color:#a40");
    }

    @Test
    void theSqlIsShownOnlyWhenAskedFor() {
        LakeChartResult chart = new LakeChartResult(figure, buckets, "SELECT 1", "aws_cloudtrail", 10, false);

        assertThat((String) renderer.render(chart).getData(MIMEType.TEXT_HTML)).doesNotContain("panther-sql");
    }
}
