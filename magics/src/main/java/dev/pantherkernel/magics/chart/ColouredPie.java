package dev.pantherkernel.magics.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A pie whose slices have colours of their own: Tablesaw's {@code PieTrace} has no way to give them, and a pie of
 * severities must use the severity colours the bars use. Written as plotly wants it (JSON is JavaScript too).
 */
final class ColouredPie implements Trace {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> labels;
    private final double[] values;
    private final List<String> colours;

    ColouredPie(List<String> labels, double[] values, List<String> colours) {
        this.labels = List.copyOf(labels);
        this.values = values.clone();
        this.colours = List.copyOf(colours);
    }

    @Override
    public String asJavascript(int i) {
        ObjectNode trace = JSON.createObjectNode();
        ArrayNode l = trace.putArray("labels");
        labels.forEach(l::add);
        ArrayNode v = trace.putArray("values");
        for (double value : values) {
            v.add(value);
        }
        trace.put("type", "pie");
        trace.put("name", "");
        // slices stay in severity order instead of plotly's largest-first
        trace.put("sort", false);
        trace.put("direction", "clockwise");
        ArrayNode c = trace.putObject("marker").putArray("colors");
        colours.forEach(c::add);
        try {
            return "var trace" + i + " = " + JSON.writeValueAsString(trace) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String name() {
        return "";
    }

    @Override
    public HoverLabel hoverLabel() {
        return null;
    }

    @Override
    public boolean showLegend() {
        return true;
    }
}
