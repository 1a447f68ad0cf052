package dev.pantherkernel.kernel.render.picture;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bars, histograms, lines, areas and markers on an x and a y axis: the axes take in every bar's ends and every point,
 * make room for their labels and titles, and draw a light grid under the traces.
 */
final class Cartesian {

    /** The trace types drawn on axes. */
    static final Set<String> TYPES = Set.of("bar", "histogram", "scatter", "scattergl");

    private static final double FONT = 12;
    private static final int MAX_CATEGORY_LABEL = 24;

    private Cartesian() {
    }

    /** Draws the traces in {@code area}; returns the rectangle the axes enclose (where paper coordinates lie). */
    static Box draw(Svg svg, JsonNode layout, List<Series> traces, Box area) {
        List<Series> series = Histograms.binned(traces);
        List<Series> bars = series.stream().filter(s -> s.type().equals("bar") || s.type().equals(Histograms.BINNED)).toList();
        List<Series> scatters = series.stream().filter(s -> s.type().startsWith("scatter")).toList();
        List<JsonNode> xs = new ArrayList<>();
        List<JsonNode> ys = new ArrayList<>();
        series.forEach(s -> {
            xs.addAll(s.xs());
            ys.addAll(s.ys());
        });
        JsonNode xLayout = layout.path("xaxis");
        JsonNode yLayout = layout.path("yaxis");
        Axis x = Axis.of(xLayout.path("type").asText(null), xs);
        Axis y = Axis.of(yLayout.path("type").asText(null), ys);
        Bars drawnBars = Bars.of(bars, layout.path("barmode").asText("group"), x, y);
        Lines lines = Lines.of(scatters, x, y);
        // room beyond the values, as plotly's autorange leaves: bars' lengths grow away from zero, their positions
        // already take in each bar's width
        boolean horizontal = !bars.isEmpty() && bars.get(0).horizontal();
        if (bars.isEmpty()) {
            x.pad(0.04, false);
            y.pad(0.06, false);
        } else {
            (horizontal ? x : y).pad(0.05, true);
        }

        String xTitle = PlotlyText.title(xLayout);
        String yTitle = PlotlyText.title(yLayout);
        List<Tick> yTicks = y.ticks((int) Math.max(2, (area.height() - 60) / (y.kind() == Axis.Kind.CATEGORY ? 16 : 50)));
        double labels = yTicks.stream().mapToDouble(t -> Svg.width(label(y, t), FONT)).max().orElse(0);
        double left = area.left() + (yTitle.isEmpty() ? 6 : 24) + labels + 8;
        double bottom = area.bottom() - 22 - (x.kind() == Axis.Kind.TIME ? 14 : 0) - (xTitle.isEmpty() ? 0 : 20);
        Box plot = new Box(left, area.top(), area.right() - 20, bottom);
        x.place(plot.left(), plot.right());
        y.place(plot.bottom(), plot.top());

        List<Tick> xTicks = x.ticks(xTickCount(x, plot.width()));
        grid(svg, x, y, xTicks, yTicks, plot);
        drawnBars.draw(svg, x, y);
        lines.drawAreas(svg, x, y);
        lines.drawLinesAndMarkers(svg, x, y);
        for (Tick t : xTicks) {
            double px = x.pixel(t.at());
            svg.text(px, plot.bottom() + 16, label(x, t), "text-anchor", "middle", "font-size", "12");
            if (!t.under().isEmpty()) {
                svg.text(px, plot.bottom() + 30, t.under(), "text-anchor", "middle", "font-size", "12");
            }
        }
        for (Tick t : yTicks) {
            svg.text(plot.left() - 6, y.pixel(t.at()) + 4, label(y, t), "text-anchor", "end", "font-size", "12");
        }
        if (!xTitle.isEmpty()) {
            svg.text((plot.left() + plot.right()) / 2, area.bottom() - 6,
                    PlotlyText.fitted(xTitle, plot.width(), 14), "text-anchor", "middle", "font-size", "14");
        }
        if (!yTitle.isEmpty()) {
            double cx = area.left() + 14;
            double cy = (plot.top() + plot.bottom()) / 2;
            svg.text(cx, cy, PlotlyText.fitted(yTitle, plot.height(), 14), "text-anchor", "middle", "font-size", "14",
                    "transform", "rotate(-90 " + Svg.number(cx) + " " + Svg.number(cy) + ")");
        }
        return plot;
    }

    private static int xTickCount(Axis x, double width) {
        if (x.kind() == Axis.Kind.CATEGORY) {
            double widest = x.categoryNames().stream().mapToDouble(n -> Svg.width(cut(n), FONT)).max().orElse(10);
            return (int) Math.max(1, Math.floor(width / (widest + 12)));
        }
        return (int) Math.max(2, Math.floor(width / 100));
    }

    private static void grid(Svg svg, Axis x, Axis y, List<Tick> xTicks, List<Tick> yTicks, Box plot) {
        StringBuilder d = new StringBuilder();
        if (y.kind() != Axis.Kind.CATEGORY) {
            for (Tick t : yTicks) {
                d.append('M').append(Svg.number(plot.left())).append(' ').append(Svg.number(y.pixel(t.at())))
                        .append('H').append(Svg.number(plot.right()));
            }
        }
        if (x.kind() != Axis.Kind.CATEGORY) {
            for (Tick t : xTicks) {
                d.append('M').append(Svg.number(x.pixel(t.at()))).append(' ').append(Svg.number(plot.top()))
                        .append('V').append(Svg.number(plot.bottom()));
            }
        }
        if (d.length() > 0) {
            svg.empty("path", "d", d.toString(), "stroke", Svg.GRID, "stroke-width", "1", "fill", "none");
        }
    }

    private static String label(Axis axis, Tick t) {
        return axis.kind() == Axis.Kind.CATEGORY ? cut(t.label()) : t.label();
    }

    private static String cut(String label) {
        return label.length() <= MAX_CATEGORY_LABEL ? label : label.substring(0, MAX_CATEGORY_LABEL - 1) + "…";
    }
}
