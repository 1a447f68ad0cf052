package dev.pantherkernel.kernel.render.picture;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A picture of a plotly figure, as SVG, made in the kernel without a browser: what a page shows where no script runs
 * (a notebook preview on a code host, a page opened with JavaScript off) and until plotly.js has drawn the chart.
 * It draws the kinds the kernel's charts use (bars, stacked or grouped, histograms, lines, stacked areas, markers for
 * scatter plots and timelines, pies) with their titles, axes, legend and notes; a figure of another kind gets its title
 * and a line saying that it draws where scripts run. Text is neutral grey, which reads on light and dark pages.
 */
public final class ChartPicture {

    /** The picture's width: about a notebook's output area; it scales to the width it is shown at. */
    static final double WIDTH = 900;
    private static final double DEFAULT_HEIGHT = 420;

    private ChartPicture() {
    }

    /** The SVG document of {@code figure}, plotly's JSON ({@code data}, {@code layout}). */
    public static String svg(JsonNode figure) {
        JsonNode layout = figure.path("layout");
        double height = layout.path("height").isNumber() ? layout.path("height").asDouble() : DEFAULT_HEIGHT;
        List<Series> series = new ArrayList<>();
        JsonNode data = figure.path("data");
        for (int i = 0; i < data.size(); i++) {
            series.add(Series.of(data.get(i), i));
        }
        String title = PlotlyText.title(layout);
        Svg svg = new Svg();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "panther-chart-svg",
                "viewBox", "0 0 " + Svg.number(WIDTH) + " " + Svg.number(height),
                "width", Svg.number(WIDTH), "height", Svg.number(height),
                "style", "width:100%;max-width:" + Svg.number(WIDTH) + "px;height:auto",
                "role", "img", "font-family", Svg.FONT, "fill", Svg.NEUTRAL);
        svg.open("title").escaped(title.isEmpty() ? "chart" : title).close("title");
        drawTitle(svg, layout, title);

        Legend legend = Legend.of(layout, series);
        double top = layout.path("margin").path("t").isNumber() ? layout.path("margin").path("t").asDouble() : title.isEmpty() ? 20 : 60;
        Box area = new Box(0, top, WIDTH - legend.width(), height);
        Box plot = area;
        if (series.stream().anyMatch(s -> s.type().equals("pie"))) {
            plot = new Box(area.left() + 10, area.top(), area.right() - 10, area.bottom() - 10);
            Pie.draw(svg, series.stream().filter(s -> s.type().equals("pie")).findFirst().orElseThrow(), plot);
        } else if (!series.isEmpty() && series.stream().allMatch(s -> Cartesian.TYPES.contains(s.type()))) {
            plot = Cartesian.draw(svg, layout, series, area);
        } else {
            String kinds = String.join(", ", series.stream().map(Series::type).distinct().toList());
            svg.text(WIDTH / 2, (area.top() + area.bottom()) / 2, series.isEmpty() ? "(an empty chart)"
                            : "A picture of this kind of chart (" + kinds + ") is not made here: it draws where scripts run.",
                    "text-anchor", "middle", "font-size", "14");
        }
        legend.draw(svg, WIDTH, area.top() + 4, height - 10);
        Notes.draw(svg, layout.path("annotations"), plot);
        return svg.close("svg").toString();
    }

    /** The figure's title as plain text (plotly's markup and entities read back), empty when it has none. */
    public static String title(JsonNode figure) {
        return PlotlyText.title(figure.path("layout"));
    }

    /**
     * The title where plotly puts it: centred, in the middle of the top margin, or from the top when the layout pins it
     * there ({@code yref: container, yanchor: top}, as the charts of the data lake do to make room for their notes).
     */
    private static void drawTitle(Svg svg, JsonNode layout, String title) {
        if (title.isEmpty()) {
            return;
        }
        JsonNode t = layout.path("title");
        double size = t.path("font").path("size").isNumber() ? t.path("font").path("size").asDouble() : 17;
        double top = layout.path("margin").path("t").isNumber() ? layout.path("margin").path("t").asDouble() : 60;
        double baseline = t.path("yanchor").asText("").equals("top")
                ? t.path("pad").path("t").asDouble(0) + size : top / 2 + size / 3;
        svg.text(WIDTH / 2, baseline, PlotlyText.fitted(title, WIDTH - 20, size), "text-anchor", "middle",
                "font-size", Svg.number(size));
    }
}
