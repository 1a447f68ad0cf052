package dev.pantherkernel.kernel.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.Trace;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * A Tablesaw figure as plotly's JSON ({@code data}, {@code layout}, {@code config}): what the plotly mime type
 * carries and what the HTML route draws, so every front end draws the same chart.
 *
 * <p>Tablesaw writes each part as a JavaScript object literal ({@code var layout = {title: 'x', ...};}); those are
 * read with Jackson's lenient JSON reader (unquoted names, single quotes, trailing commas), one value per part. The
 * figure is then made to fit a notebook: no fixed width (it follows the output area), titles as {@code {text: ...}}
 * (plotly.js 3, which JupyterLab's plotly renderer bundles, drops plain string titles), axes that make room for
 * their tick labels before placing their titles, and transparent backgrounds (the theme shows through).
 */
public final class FigureJson {

    /** The plotly mime type: JupyterLab, Notebook 7 and VS Code draw it with their own plotly renderer. */
    public static final String MIME_TYPE = "application/vnd.plotly.v1+json";

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final String TRANSPARENT = "rgba(0,0,0,0)";
    /** Text and lines that read on a light and on a dark background, until a theme colours them. */
    static final String NEUTRAL_TEXT = "#808080";
    private static final String NEUTRAL_GRID = "rgba(128,128,128,0.25)";

    private FigureJson() {
    }

    public static ObjectNode of(Figure figure) {
        ObjectNode json = LENIENT.createObjectNode();
        ArrayNode data = json.putArray("data");
        Trace[] traces = figure.getTraces();
        for (int i = 0; i < traces.length; i++) {
            data.add(literal(traces[i].asJavascript(i)));
        }
        JsonNode layout = literal(figure.getLayout().asJavascript());
        json.set("layout", fitted(layout.isObject() ? (ObjectNode) layout : LENIENT.createObjectNode()));
        ObjectNode config = json.putObject("config");
        config.put("responsive", true);
        config.put("displaylogo", false);
        return json;
    }

    /** The value of the first {@code var NAME = VALUE} in {@code javascript}. */
    static JsonNode literal(String javascript) {
        int equals = javascript.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("not a plotly part: " + abbreviate(javascript));
        }
        try (JsonParser parser = LENIENT.createParser(javascript.substring(equals + 1))) {
            return LENIENT.readTree(parser);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read a plotly part: " + e.getMessage(), e);
        }
    }

    private static ObjectNode fitted(ObjectNode layout) {
        layout.remove("width");
        layout.put("autosize", true);
        if (!layout.has("height")) {
            layout.put("height", 420);
        }
        titleAsObject(layout);
        layout.putIfAbsent("paper_bgcolor", LENIENT.getNodeFactory().textNode(TRANSPARENT));
        layout.putIfAbsent("plot_bgcolor", LENIENT.getNodeFactory().textNode(TRANSPARENT));
        ObjectNode font = layout.has("font") && layout.get("font").isObject() ? (ObjectNode) layout.get("font") : layout.putObject("font");
        font.putIfAbsent("color", LENIENT.getNodeFactory().textNode(NEUTRAL_TEXT));
        ObjectNode legend = layout.has("legend") && layout.get("legend").isObject() ? (ObjectNode) layout.get("legend") : layout.putObject("legend");
        legend.putIfAbsent("bgcolor", LENIENT.getNodeFactory().textNode(TRANSPARENT));
        if (!layout.has("margin")) {
            ObjectNode margin = layout.putObject("margin");
            margin.put("t", 60).put("r", 20).put("b", 40).put("l", 50);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = layout.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().matches("[xy]axis\\d*") && field.getValue().isObject()) {
                ObjectNode axis = (ObjectNode) field.getValue();
                titleAsObject(axis);
                axis.put("automargin", true);
                axis.putIfAbsent("gridcolor", LENIENT.getNodeFactory().textNode(NEUTRAL_GRID));
                axis.putIfAbsent("zerolinecolor", LENIENT.getNodeFactory().textNode(NEUTRAL_GRID));
                if (axis.get("title") instanceof ObjectNode title) {
                    title.putIfAbsent("standoff", LENIENT.getNodeFactory().numberNode(8));
                }
            }
        }
        return layout;
    }

    /** {@code title: 'x'} (and plotly 1's {@code titlefont}) as plotly 2 and 3 both read it: {@code title: {text: 'x'}}. */
    private static void titleAsObject(ObjectNode node) {
        JsonNode title = node.get("title");
        if (title != null && title.isTextual()) {
            node.putObject("title").put("text", title.asText());
        }
        JsonNode font = node.remove("titlefont");
        if (font != null && node.get("title") instanceof ObjectNode t) {
            t.set("font", font);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
