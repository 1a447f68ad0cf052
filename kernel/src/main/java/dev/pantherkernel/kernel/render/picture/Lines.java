package dev.pantherkernel.kernel.render.picture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scatter traces: lines through their points, markers on them, and the areas under them that {@code fill} asks for
 * ({@code tozeroy} down to zero, {@code tonexty} down to the trace before: a stacked area).
 */
final class Lines {

    private record Point(double x, double y) {
    }

    private final List<Series> series;
    private final List<List<Point>> points = new ArrayList<>();

    private Lines(List<Series> series) {
        this.series = series;
    }

    static Lines of(List<Series> series, Axis x, Axis y) {
        Lines lines = new Lines(series);
        for (Series s : series) {
            List<Point> list = new ArrayList<>();
            for (int i = 0; i < Math.min(s.xs().size(), s.ys().size()); i++) {
                Point p = new Point(x.coordinate(s.xs().get(i)), y.coordinate(s.ys().get(i)));
                list.add(p);
                x.include(p.x);
                y.include(p.y);
            }
            if (s.fill().equals("tozeroy") || s.fill().equals("tonexty") && lines.points.isEmpty()) {
                y.include(0);
            }
            lines.points.add(list);
        }
        return lines;
    }

    void drawAreas(Svg svg, Axis x, Axis y) {
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            List<Point> top = drawable(points.get(k));
            if (top.isEmpty() || s.fill().equals("none")) {
                continue;
            }
            StringBuilder polygon = new StringBuilder();
            top.forEach(p -> corner(polygon, x.pixel(p.x), y.pixel(p.y)));
            List<Point> under = s.fill().equals("tonexty") && k > 0 ? drawable(points.get(k - 1)) : List.of();
            if (under.isEmpty()) {
                corner(polygon, x.pixel(top.get(top.size() - 1).x), y.pixel(0));
                corner(polygon, x.pixel(top.get(0).x), y.pixel(0));
            } else {
                for (int i = under.size() - 1; i >= 0; i--) {
                    corner(polygon, x.pixel(under.get(i).x), y.pixel(under.get(i).y));
                }
            }
            svg.empty("polygon", "points", polygon.toString().trim(), "fill", s.colour(), "fill-opacity", "0.5");
        }
    }

    void drawLinesAndMarkers(Svg svg, Axis x, Axis y) {
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            if (s.lines()) {
                // a point without a value breaks the line, as in plotly
                StringBuilder run = new StringBuilder();
                for (Point p : points.get(k)) {
                    if (Double.isNaN(p.x) || Double.isNaN(p.y)) {
                        polyline(svg, run, s);
                        run.setLength(0);
                    } else {
                        corner(run, x.pixel(p.x), y.pixel(p.y));
                    }
                }
                polyline(svg, run, s);
            }
            if (s.markers()) {
                markers(svg, s, points.get(k), x, y);
            }
        }
    }

    /** Dots as zero-length strokes with round ends, one path a trace; points on the same half pixel drawn once. */
    private static void markers(Svg svg, Series s, List<Point> points, Axis x, Axis y) {
        StringBuilder d = new StringBuilder();
        Set<Long> seen = new HashSet<>();
        for (Point p : points) {
            if (Double.isNaN(p.x) || Double.isNaN(p.y)) {
                continue;
            }
            double px = x.pixel(p.x);
            double py = y.pixel(p.y);
            if (seen.add(Math.round(px * 2) * 100_000 + Math.round(py * 2))) {
                d.append('M').append(Svg.number(px)).append(' ').append(Svg.number(py)).append("h0");
            }
        }
        if (d.length() > 0) {
            double size = s.trace().path("marker").path("size").isNumber() ? s.trace().path("marker").path("size").asDouble() : 6;
            svg.empty("path", "d", d.toString(), "stroke", s.colour(), "stroke-width", Svg.number(size),
                    "stroke-linecap", "round", "stroke-opacity", s.opacity() < 1 ? Svg.number(s.opacity()) : null);
        }
    }

    private static void polyline(Svg svg, StringBuilder points, Series s) {
        if (points.length() > 0) {
            svg.empty("polyline", "points", points.toString().trim(), "fill", "none", "stroke", s.colour(),
                    "stroke-width", "2", "stroke-linejoin", "round");
        }
    }

    private static List<Point> drawable(List<Point> points) {
        return points.stream().filter(p -> !Double.isNaN(p.x) && !Double.isNaN(p.y)).toList();
    }

    private static void corner(StringBuilder out, double x, double y) {
        out.append(Svg.number(x)).append(',').append(Svg.number(y)).append(' ');
    }
}
