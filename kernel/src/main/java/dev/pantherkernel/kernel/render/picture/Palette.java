package dev.pantherkernel.kernel.render.picture;

import java.util.List;

/** The colours plotly gives traces that name none, in its order, so a picture and its chart colour alike. */
final class Palette {

    private static final List<String> PLOTLY = List.of("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf");

    private Palette() {
    }

    static String colour(int index) {
        return PLOTLY.get(Math.floorMod(index, PLOTLY.size()));
    }

    /** Whether white text reads better than dark text on {@code colour} (a #rrggbb colour; others count as dark). */
    static boolean isDark(String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            return true;
        }
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff);
        return luminance < 150;
    }
}
