package dev.pantherkernel.magics.datalake.indicator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The indicators an event holds: its {@code p_any_*} fields, as columns of a result or inside a column holding the
 * event as JSON (an indicator search's {@code event}, an alert's events), by family, values as the event spells them.
 */
@Internal
public final class EventIndicators {

    static final String PREFIX = "p_any_";
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventIndicators() {
    }

    /** The indicators of row {@code row}: family (lower case) to values, in the order met. */
    public static Map<String, Set<String>> of(Table rows, int row) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Column<?> column : rows.columns()) {
            if (column.isMissing(row)) {
                continue;
            }
            String name = column.name().toLowerCase(Locale.ROOT);
            JsonNode value = parse(column.getString(row));
            if (name.startsWith(PREFIX)) {
                words(value, out.computeIfAbsent(name, k -> new LinkedHashSet<>()));
            } else if (value != null && value.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    String key = field.getKey().toLowerCase(Locale.ROOT);
                    if (key.startsWith(PREFIX)) {
                        words(field.getValue(), out.computeIfAbsent(key, k -> new LinkedHashSet<>()));
                    }
                }
            }
        }
        out.values().removeIf(Set::isEmpty);
        return out;
    }

    /** The plain values of a list (or a single value). */
    private static void words(JsonNode value, Set<String> out) {
        if (value == null) {
            return;
        }
        if (value.isArray()) {
            value.forEach(item -> words(item, out));
        } else if (value.isValueNode() && !value.isNull()) {
            out.add(value.asText());
        }
    }

    /** JSON text as a tree; a plain word (a p_any_ column typed as text) as a text node; null when neither. */
    static JsonNode parse(String text) {
        String t = text.strip();
        if (!t.startsWith("[") && !t.startsWith("{")) {
            return JSON.getNodeFactory().textNode(t);
        }
        try {
            return JSON.readTree(t);
        } catch (IOException notJson) {
            return null;
        }
    }
}
