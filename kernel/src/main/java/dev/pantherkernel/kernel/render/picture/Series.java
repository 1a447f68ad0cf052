package dev.pantherkernel.kernel.render.picture;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One plotly trace as the picture needs it: its kind, name, colour and values, whatever form the JSON gives them in
 * (a colour on the marker or on the line, values as numbers or as text).
 *
 * @param colours one colour per value when the trace gives them so (a pie's slices, bars coloured one by one), else empty
 */
record Series(String type, String name, String colour, List<String> colours, List<JsonNode> xs, List<JsonNode> ys,
              String mode, String fill, double opacity, boolean horizontal, boolean inLegend, JsonNode trace) {

    static Series of(JsonNode trace, int index) {
        String type = trace.path("type").asText("scatter");
        JsonNode marker = trace.path("marker");
        List<String> colours = new ArrayList<>();
        marker.path("colors").forEach(c -> colours.add(c.asText()));
        if (marker.path("color").isArray()) {
            marker.path("color").forEach(c -> colours.add(c.asText()));
        }
        String colour = marker.path("color").isTextual() ? marker.path("color").asText()
                : trace.path("line").path("color").isTextual() ? trace.path("line").path("color").asText() : Palette.colour(index);
        boolean pie = type.equals("pie");
        List<JsonNode> xs = values(trace.path(pie ? "labels" : "x"));
        List<JsonNode> ys = values(trace.path(pie ? "values" : "y"));
        String mode = trace.path("mode").asText(xs.size() < 20 ? "lines+markers" : "lines");
        return new Series(type, trace.path("name").asText(""), colour, colours, xs, ys, mode,
                trace.path("fill").asText("none"), trace.path("opacity").asDouble(1),
                trace.path("orientation").asText("v").equals("h"), trace.path("showlegend").asBoolean(true), trace);
    }

    /** The same trace with other values and type (a histogram once binned, say). */
    Series with(String newType, List<JsonNode> newXs, List<JsonNode> newYs) {
        return new Series(newType, name, colour, colours, newXs, newYs, mode, fill, opacity, horizontal, inLegend, trace);
    }

    /** The colour of the value at {@code i}. */
    String colourAt(int i) {
        return i < colours.size() ? colours.get(i) : colour;
    }

    boolean lines() {
        return mode.contains("lines");
    }

    boolean markers() {
        return mode.contains("markers");
    }

    /** The axis along which a bar's categories lie: y for horizontal bars. */
    List<JsonNode> positions() {
        return horizontal ? ys : xs;
    }

    List<JsonNode> lengths() {
        return horizontal ? xs : ys;
    }

    private static List<JsonNode> values(JsonNode array) {
        List<JsonNode> values = new ArrayList<>();
        array.forEach(values::add);
        return values;
    }
}
