package dev.pantherkernel.kernel.render.picture;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** The legend at the right of a picture: a swatch (a block for bars and slices, a line, a dot) and a name per entry. */
final class Legend {

    enum Symbol { BLOCK, LINE, DOT }

    private record Entry(String name, String colour, Symbol symbol) {
    }

    private static final double SIZE = 12;
    private static final double ROW = 20;
    private static final double MAX_WIDTH = 220;

    private final List<Entry> entries = new ArrayList<>();

    private Legend() {
    }

    /** The legend plotly would show: {@code showlegend} as the layout says, else when there is more than one entry. */
    static Legend of(JsonNode layout, List<Series> series) {
        Legend legend = new Legend();
        for (Series s : series) {
            if (s.type().equals("pie")) {
                for (int i = 0; i < s.xs().size(); i++) {
                    legend.entries.add(new Entry(s.xs().get(i).asText(), Pie.colour(s, i), Symbol.BLOCK));
                }
            } else if (s.inLegend() && !s.name().isEmpty()) {
                Symbol symbol = s.type().equals("bar") || s.type().equals("histogram") || !s.fill().equals("none") ? Symbol.BLOCK
                        : s.lines() ? Symbol.LINE : Symbol.DOT;
                legend.entries.add(new Entry(s.name(), s.colour(), symbol));
            }
        }
        JsonNode shown = layout.path("showlegend");
        boolean visible = shown.isBoolean() ? shown.asBoolean() : legend.entries.size() > 1;
        if (!visible) {
            legend.entries.clear();
        }
        return legend;
    }

    /** The width it takes at the right of the picture, 0 without entries. */
    double width() {
        if (entries.isEmpty()) {
            return 0;
        }
        double widest = entries.stream().mapToDouble(e -> Svg.width(e.name, SIZE)).max().orElse(0);
        return Math.min(MAX_WIDTH, widest + 40);
    }

    void draw(Svg svg, double right, double top, double bottom) {
        double width = width();
        double x = right - width + 10;
        int rows = (int) Math.max(1, Math.floor((bottom - top) / ROW));
        for (int i = 0; i < entries.size() && i < rows; i++) {
            Entry e = entries.get(i);
            double y = top + i * ROW + ROW / 2;
            boolean last = i == rows - 1 && entries.size() > rows;
            switch (e.symbol) {
                case BLOCK -> svg.empty("rect", "x", Svg.number(x), "y", Svg.number(y - 6), "width", "12", "height", "12", "fill", e.colour);
                case LINE -> svg.empty("line", "x1", Svg.number(x), "y1", Svg.number(y), "x2", Svg.number(x + 14), "y2",
                        Svg.number(y), "stroke", e.colour, "stroke-width", "2");
                case DOT -> svg.empty("circle", "cx", Svg.number(x + 6), "cy", Svg.number(y), "r", "4", "fill", e.colour);
            }
            String name = last ? "+ " + (entries.size() - rows + 1) + " more" : e.name;
            svg.text(x + 20, y + 4, PlotlyText.fitted(name, width - 30, SIZE), "font-size", "12");
        }
    }
}
