package dev.pantherkernel.kernel.render.picture;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A pie as plotly draws one: slices from twelve o'clock, counterclockwise unless the trace says clockwise, largest first
 * unless it says {@code sort: false}, each slice's share written on it when there is room.
 */
final class Pie {

    private Pie() {
    }

    static String colour(Series s, int slice) {
        return slice < s.colours().size() ? s.colours().get(slice) : Palette.colour(slice);
    }

    static void draw(Svg svg, Series s, Box box) {
        List<Integer> order = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < Math.min(s.xs().size(), s.ys().size()); i++) {
            double v = Numbers.of(s.ys().get(i));
            if (v > 0) {
                order.add(i);
                total += v;
            }
        }
        if (total <= 0) {
            return;
        }
        if (s.trace().path("sort").asBoolean(true)) {
            order.sort(Comparator.comparingDouble((Integer i) -> Numbers.of(s.ys().get(i))).reversed());
        }
        double direction = s.trace().path("direction").asText("counterclockwise").equals("clockwise") ? 1 : -1;
        double cx = (box.left() + box.right()) / 2;
        double cy = (box.top() + box.bottom()) / 2;
        double r = Math.max(10, Math.min(box.width(), box.height()) / 2 - 10);
        double angle = -Math.PI / 2;
        for (int i : order) {
            double share = Numbers.of(s.ys().get(i)) / total;
            double next = angle + direction * share * 2 * Math.PI;
            String colour = colour(s, i);
            if (share >= 0.9999) {
                svg.empty("circle", "cx", Svg.number(cx), "cy", Svg.number(cy), "r", Svg.number(r), "fill", colour);
            } else {
                String d = "M" + Svg.number(cx) + " " + Svg.number(cy) + "L" + Svg.number(cx + r * Math.cos(angle)) + " "
                        + Svg.number(cy + r * Math.sin(angle)) + "A" + Svg.number(r) + " " + Svg.number(r) + " 0 "
                        + (share > 0.5 ? 1 : 0) + " " + (direction > 0 ? 1 : 0) + " " + Svg.number(cx + r * Math.cos(next))
                        + " " + Svg.number(cy + r * Math.sin(next)) + "Z";
                svg.empty("path", "d", d, "fill", colour, "stroke", "#ffffff", "stroke-width", "1");
            }
            if (share >= 0.04) {
                double middle = (angle + next) / 2;
                svg.text(cx + 0.65 * r * Math.cos(middle), cy + 0.65 * r * Math.sin(middle) + 4, percent(share),
                        "text-anchor", "middle", "font-size", "12", "fill", Palette.isDark(colour) ? "#ffffff" : "#444444");
            }
            angle = next;
        }
    }

    /** A share as plotly writes it: three significant digits at most ({@code 41.7%}, {@code 8.33%}, {@code 9.4%}). */
    static String percent(double share) {
        BigDecimal p = new BigDecimal(share * 100).round(new MathContext(3)).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }
}
