package dev.pantherkernel.kernel.render.picture;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A figure's annotations placed on the plot's paper ({@code xref} and {@code yref} {@code paper}): the footer and
 * warnings a chart of the data lake writes between its title and its plot. Each line of a note in its own text,
 * lifted by {@code yshift}; notes placed on data coordinates are left out.
 */
final class Notes {

    private Notes() {
    }

    static void draw(Svg svg, JsonNode annotations, Box plot) {
        for (JsonNode note : annotations) {
            if (!note.path("xref").asText("paper").equals("paper") || !note.path("yref").asText("paper").equals("paper")) {
                continue;
            }
            List<String> lines = PlotlyText.lines(note.path("text").asText(""));
            double size = note.path("font").path("size").isNumber() ? note.path("font").path("size").asDouble() : 12;
            double line = size * 1.3;
            double x = plot.left() + note.path("x").asDouble(0.5) * plot.width();
            double anchor = plot.bottom() - note.path("y").asDouble(0.5) * plot.height() - note.path("yshift").asDouble(0);
            String yanchor = note.path("yanchor").asText("middle");
            double first = switch (yanchor) {
                case "bottom" -> anchor - (lines.size() - 1) * line - size * 0.25;
                case "top" -> anchor + size;
                default -> anchor - (lines.size() - 1) * line / 2 + size / 3;
            };
            String textAnchor = switch (note.path("xanchor").asText("center")) {
                case "left" -> "start";
                case "right" -> "end";
                default -> "middle";
            };
            String family = note.path("font").path("family").asText(null);
            for (int i = 0; i < lines.size(); i++) {
                svg.text(x, first + i * line, PlotlyText.fitted(lines.get(i), ChartPicture.WIDTH - x, size),
                        "text-anchor", textAnchor, "font-size", Svg.number(size), "font-family", family,
                        "xml:space", family != null && family.contains("mono") ? "preserve" : null);
            }
        }
    }
}
