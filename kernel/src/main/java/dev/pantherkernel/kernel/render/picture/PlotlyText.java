package dev.pantherkernel.kernel.render.picture;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.List;

/**
 * Text as plotly takes it in titles and notes: a little HTML ({@code <br>} between lines, {@code <b>} and the like,
 * entities), read back into plain lines for the picture, which escapes them again as SVG.
 */
final class PlotlyText {

    private PlotlyText() {
    }

    /** A title, given as {@code {text: ...}} or as plain text; empty when there is none. */
    static String title(JsonNode owner) {
        JsonNode title = owner.path("title");
        String text = title.isTextual() ? title.asText() : title.path("text").asText("");
        return String.join(" ", lines(text)).trim();
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("(?i)<br\\s*/?>")).map(PlotlyText::plain).toList();
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }

    /** {@code text} cut to fit {@code width} pixels at {@code size} px, with an ellipsis when cut. */
    static String fitted(String text, double width, double size) {
        if (Svg.width(text, size) <= width) {
            return text;
        }
        int keep = text.length();
        while (keep > 0 && Svg.width(text.substring(0, keep) + "…", size) > width) {
            keep--;
        }
        return text.substring(0, keep) + "…";
    }
}
