package dev.pantherkernel.kernel.render.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bars of a figure (bar traces and binned histograms), laid out as plotly's {@code barmode} says: stacked
 * ({@code stack}, {@code relative}), side by side ({@code group}, plotly's default) or over each other
 * ({@code overlay}). Bars are worked out in the axes' units first, so the axes can take in their ends, then drawn.
 */
final class Bars {

    /** One bar: along its position axis from {@code p0} to {@code p1}, along its length axis from {@code l0} to {@code l1}. */
    private record Bar(double p0, double p1, double l0, double l1, String colour, double opacity) {
    }

    private final List<Bar> bars = new ArrayList<>();
    private final boolean horizontal;

    private Bars(boolean horizontal) {
        this.horizontal = horizontal;
    }

    static Bars of(List<Series> series, String barmode, Axis x, Axis y) {
        boolean horizontal = !series.isEmpty() && series.get(0).horizontal();
        Bars out = new Bars(horizontal);
        if (series.isEmpty()) {
            return out;
        }
        Axis position = horizontal ? y : x;
        List<Double> positions = new ArrayList<>();
        series.forEach(s -> s.positions().forEach(p -> positions.add(position.coordinate(p))));
        boolean binned = series.stream().allMatch(s -> s.type().equals(Histograms.BINNED));
        double room = position.spacing(positions) * (binned ? 1 : 0.8);
        boolean stacked = barmode.equals("stack") || barmode.equals("relative");
        boolean grouped = barmode.equals("group") && series.size() > 1;
        double each = grouped ? room / series.size() : room;
        Map<Double, Double> above = new HashMap<>();
        Map<Double, Double> below = new HashMap<>();
        Axis length = horizontal ? x : y;
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            double opacity = barmode.equals("overlay") && series.size() > 1 && s.opacity() >= 1 ? 0.6 : s.opacity();
            for (int i = 0; i < Math.min(s.positions().size(), s.lengths().size()); i++) {
                double p = position.coordinate(s.positions().get(i));
                double v = length.coordinate(s.lengths().get(i));
                if (Double.isNaN(p) || Double.isNaN(v) || v == 0) {
                    continue;
                }
                double start = grouped ? p - room / 2 + k * each : p - each / 2;
                double base = 0;
                if (stacked) {
                    Map<Double, Double> side = v >= 0 ? above : below;
                    base = side.getOrDefault(p, 0.0);
                    side.put(p, base + v);
                }
                out.bars.add(new Bar(start, start + each, base, base + v, s.colourAt(i), opacity));
            }
        }
        for (Bar bar : out.bars) {
            position.include(bar.p0);
            position.include(bar.p1);
            length.include(bar.l0);
            length.include(bar.l1);
        }
        length.include(0);
        return out;
    }

    /** One path per colour: a year of daily bars stays a few paths. */
    void draw(Svg svg, Axis x, Axis y) {
        Map<String, StringBuilder> paths = new LinkedHashMap<>();
        for (Bar bar : bars) {
            Axis position = horizontal ? y : x;
            Axis length = horizontal ? x : y;
            double p0 = position.pixel(bar.p0);
            double p1 = position.pixel(bar.p1);
            double l0 = length.pixel(bar.l0);
            double l1 = length.pixel(bar.l1);
            double left = horizontal ? Math.min(l0, l1) : Math.min(p0, p1);
            double top = horizontal ? Math.min(p0, p1) : Math.min(l0, l1);
            double w = horizontal ? Math.abs(l1 - l0) : Math.abs(p1 - p0);
            double h = horizontal ? Math.abs(p1 - p0) : Math.abs(l1 - l0);
            String key = bar.colour + "|" + bar.opacity;
            paths.computeIfAbsent(key, k -> new StringBuilder()).append('M').append(Svg.number(left)).append(' ')
                    .append(Svg.number(top)).append('h').append(Svg.number(Math.max(w, 0.5))).append('v')
                    .append(Svg.number(Math.max(h, 0.5))).append('h').append(Svg.number(-Math.max(w, 0.5))).append('z');
        }
        paths.forEach((key, d) -> {
            String[] parts = key.split("\\|");
            svg.empty("path", "d", d.toString(), "fill", parts[0],
                    "fill-opacity", Double.parseDouble(parts[1]) < 1 ? parts[1] : null);
        });
    }
}
