package dev.pantherkernel.kernel.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantherkernel.magics.lakechart.LakeChartResult;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart aggregated in the data lake as plotly's JSON. A front end that draws plotly's mime type shows that and
 * nothing else of the output, so the data lake's facts that the HTML route puts around the figure go into it: the
 * footer, the warnings and the SQL asked for, as left-aligned text between the title and the plot. The top margin
 * and the height grow by the lines added, so the plot keeps its size and nothing overlaps whatever the axes need.
 */
final class LakeChartJson {

    private static final int FOOTER_SIZE = 11;
    private static final int WARNING_SIZE = 12;
    private static final int SQL_SIZE = 11;
    /** Plotly sets a line of text at about 1.3 times its font size. */
    private static final double LINE = 1.3;
    private static final int GAP = 6;
    private static final int TITLE_PAD = 14;
    /** Footer parts per line: an annotation does not wrap, and a narrow output would cut a long line off. */
    private static final int FOOTER_WIDTH = 100;

    private LakeChartJson() {
    }

    /** {@code json}, the chart's figure as {@link FigureJson} makes it, with the data lake's facts written in. */
    static ObjectNode withFacts(LakeChartResult chart, ObjectNode json) {
        ObjectNode layout = (ObjectNode) json.get("layout");
        // from the plot upwards: each block sits on the ones below it
        List<Block> blocks = new ArrayList<>();
        if (chart.showSql()) {
            blocks.add(new Block(chart.sql().strip().lines().map(LakeChartJson::keepIndent).toList(), SQL_SIZE, "monospace"));
        }
        if (!chart.warnings().isEmpty()) {
            blocks.add(new Block(chart.warnings().stream().map(w -> "⚠ " + w).toList(), WARNING_SIZE, null));
        }
        blocks.add(new Block(wrapped(chart.footer()), FOOTER_SIZE, null));

        ArrayNode annotations = layout.withArrayProperty("annotations");
        int below = 0;
        for (Block block : blocks) {
            ObjectNode note = annotations.addObject();
            note.put("text", block.text()).put("showarrow", false).put("align", "left")
                    .put("xref", "paper").put("x", 0).put("xanchor", "left")
                    .put("yref", "paper").put("y", 1).put("yanchor", "bottom").put("yshift", below);
            ObjectNode font = note.putObject("font").put("size", block.size()).put("color", FigureJson.NEUTRAL_TEXT);
            if (block.family() != null) {
                font.put("family", block.family());
            }
            below += block.height() + 2;
        }
        // the title stays at the top of the figure; plotly would centre it in the grown margin, over the text
        ObjectNode title = layout.withObjectProperty("title");
        title.put("yref", "container").put("y", 1).put("yanchor", "top").putObject("pad").put("t", TITLE_PAD);
        int added = below + GAP;
        ObjectNode margin = layout.withObjectProperty("margin");
        margin.put("t", margin.path("t").asInt(60) + added);
        JsonNode height = layout.get("height");
        layout.put("height", (height != null && height.isNumber() ? height.asInt() : 420) + added);
        return json;
    }

    /** The footer's parts joined with " · " into lines of about {@link #FOOTER_WIDTH} characters. */
    private static List<String> wrapped(List<String> parts) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (line.length() > 0 && line.length() + 3 + part.length() > FOOTER_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " · " : "").append(part);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Leading spaces as no-break spaces: plotly sets text as SVG, which folds runs of ordinary spaces into one. */
    private static String keepIndent(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return "\u00a0".repeat(indent) + line.substring(indent);
    }

    /** Lines of one size, as plotly's text: HTML's special characters escaped, lines joined with {@code <br>}. */
    private record Block(List<String> lines, int size, String family) {

        String text() {
            return String.join("<br>", lines.stream().map(Html::escape).toList());
        }

        int height() {
            return (int) Math.ceil(lines.size() * size * LINE);
        }
    }
}
