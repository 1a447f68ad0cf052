package dev.pantherkernel.kernel.render;

import dev.pantherkernel.magics.table.TableDisplay;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LakeChartRenderingTest {

    private static final MIMEType PLOTLY = MIMEType.parse(FigureJson.MIME_TYPE);

    private final Renderer renderer = new Renderer();
    private final Figure figure = VerticalBarPlot.create("per day",
            Table.create("t", StringColumn.create("k", "a", "b"), DoubleColumn.create("v", 3, 4)), "k", "v");
    private final Result buckets = Result.newResult(Table.create("b", StringColumn.create("k", "a", "b")))
            .operation("sql").detail("query q-1").warning("stopped <early>").build();

    LakeChartRenderingTest() {
        Renderers.registerAll(renderer, new FigureHtml(PlotlyJs.cdnOnly(), new PlotlyCarrier()), () -> TableDisplay.DEFAULT);
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
    void aFrontEndThatDrawsPlotlysMimeTypeFindsTheFooterWarningsAndSqlInTheFigureItself() {
        LakeChartResult chart = new LakeChartResult(figure, buckets, "SELECT k,\n    COUNT(*) AS n < 1", "aws_cloudtrail",
                1_234_567, true);

        JsonNode json = readTree(renderer.render(chart).getData(PLOTLY).toString());

        List<String> notes = new ArrayList<>();
        json.path("layout").path("annotations").forEach(a -> notes.add(a.path("text").asText()));
        assertThat(notes).anyMatch(n -> n.contains("1,234,567 rows aggregated in the data lake, 2 rows came back"))
                .anyMatch(n -> n.equals("⚠ stopped &lt;early&gt;"))
                .anyMatch(n -> n.equals("SELECT k,<br>\u00a0\u00a0\u00a0\u00a0COUNT(*) AS n &lt; 1"));
        assertThat(json.path("data").size()).isEqualTo(1);
    }

    @Test
    void theFactsTakeRoomAboveThePlotSoThePlotKeepsItsSize() {
        LakeChartResult chart = new LakeChartResult(figure, buckets, "SELECT 1", "aws_cloudtrail", 10, false);
        JsonNode plain = readTree(renderer.render(figure).getData(PLOTLY).toString()).path("layout");

        JsonNode layout = readTree(renderer.render(chart).getData(PLOTLY).toString()).path("layout");

        int added = layout.path("margin").path("t").asInt() - plain.path("margin").path("t").asInt();
        assertThat(added).isPositive();
        assertThat(layout.path("height").asInt() - plain.path("height").asInt()).isEqualTo(added);
        layout.path("annotations").forEach(a -> assertThat(a.path("yanchor").asText()).isEqualTo("bottom"));
        assertThat(layout.path("title").path("yanchor").asText()).as("the title pinned to the top").isEqualTo("top");
    }

    private static JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSqlIsShownOnlyWhenAskedFor() {
        LakeChartResult chart = new LakeChartResult(figure, buckets, "SELECT 1", "aws_cloudtrail", 10, false);

        assertThat((String) renderer.render(chart).getData(MIMEType.TEXT_HTML)).doesNotContain("panther-sql");
        assertThat(renderer.render(chart).getData(PLOTLY).toString()).doesNotContain("SELECT 1");
    }
}
