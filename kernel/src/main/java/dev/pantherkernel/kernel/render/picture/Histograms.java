package dev.pantherkernel.kernel.render.picture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Histogram traces counted into bins, as bars: plotly bins them in the browser, a picture must do it itself. All the
 * histograms of a figure share one set of bins (as plotly's overlaid histograms do), about the square root of the
 * number of values of them, of a round width.
 */
final class Histograms {

    /** The type binned histograms get: bars that touch. */
    static final String BINNED = "binned";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Histograms() {
    }

    static List<Series> binned(List<Series> series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int count = 0;
        for (Series s : series) {
            if (s.type().equals("histogram")) {
                for (JsonNode v : values(s)) {
                    double d = Numbers.of(v);
                    if (!Double.isNaN(d)) {
                        min = Math.min(min, d);
                        max = Math.max(max, d);
                        count++;
                    }
                }
            }
        }
        if (count == 0) {
            return series;
        }
        int bins = Math.max(5, Math.min(50, (int) Math.ceil(Math.sqrt(count))));
        double width = Numbers.step(Math.max(max - min, 1e-9), bins);
        double start = Math.floor(min / width) * width;
        int n = Math.max(1, (int) Math.floor((max - start) / width) + 1);
        List<Series> out = new ArrayList<>();
        for (Series s : series) {
            out.add(s.type().equals("histogram") ? counted(s, start, width, n) : s);
        }
        return out;
    }

    private static Series counted(Series s, double start, double width, int n) {
        int[] counts = new int[n];
        for (JsonNode v : values(s)) {
            double d = Numbers.of(v);
            if (!Double.isNaN(d)) {
                counts[Math.min(n - 1, (int) Math.floor((d - start) / width))]++;
            }
        }
        List<JsonNode> centres = new ArrayList<>();
        List<JsonNode> heights = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            centres.add(JSON.numberNode(start + (i + 0.5) * width));
            heights.add(JSON.numberNode(counts[i]));
        }
        return s.with(BINNED, centres, heights);
    }

    /** A histogram counts its x values, or its y values when it has none. */
    private static List<JsonNode> values(Series s) {
        return s.xs().isEmpty() ? s.ys() : s.xs();
    }
}
