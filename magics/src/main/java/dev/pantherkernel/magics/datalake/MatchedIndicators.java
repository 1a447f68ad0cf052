package dev.pantherkernel.magics.datalake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which of the searched values each row of an indicator search holds, as a {@value #COLUMN} column: Panther answers
 * with the events, not with the indicator that found each. A value matches when it is one of the row's indicators
 * (the {@code p_any_*} fields, as columns or inside the event's JSON; only the one searched when the search named a
 * kind), in any case; failing that (a text search), when the row's text contains it.
 */
final class MatchedIndicators {

    static final String COLUMN = "matched";
    private static final String INDICATOR_FIELDS = "p_any_";
    private static final ObjectMapper JSON = new ObjectMapper();

    private MatchedIndicators() {
    }

    /** {@code rows} with the {@value #COLUMN} column first: the values found in each row, "a, b" when several. */
    static Table added(Table rows, List<String> values, String kind) {
        if (rows.containsColumn(COLUMN)) {
            return rows;
        }
        String only = kind.startsWith(INDICATOR_FIELDS) ? kind.toLowerCase(Locale.ROOT) : null;
        StringColumn matched = StringColumn.create(COLUMN);
        for (int row = 0; row < rows.rowCount(); row++) {
            Set<String> indicators = new LinkedHashSet<>();
            StringBuilder text = new StringBuilder();
            for (Column<?> column : rows.columns()) {
                if (column.isMissing(row)) {
                    continue;
                }
                String value = column.getString(row);
                text.append(value.toLowerCase(Locale.ROOT)).append('\n');
                String name = column.name().toLowerCase(Locale.ROOT);
                if (name.startsWith(INDICATOR_FIELDS) && (only == null || name.equals(only))) {
                    words(parse(value), indicators);
                    continue;
                }
                JsonNode json = parse(value);
                if (json != null && json.isObject()) {
                    indicatorsIn(json, only, indicators);
                }
            }
            List<String> found = new ArrayList<>();
            for (String wanted : values) {
                if (indicators.contains(wanted.toLowerCase(Locale.ROOT))) {
                    found.add(wanted);
                }
            }
            if (found.isEmpty()) {
                values.stream().filter(v -> text.indexOf(v.toLowerCase(Locale.ROOT)) >= 0).forEach(found::add);
            }
            if (found.isEmpty()) {
                matched.appendMissing();
            } else {
                matched.append(String.join(", ", found));
            }
        }
        Table out = rows.copy();
        out.insertColumn(0, matched);
        return out;
    }

    private static void indicatorsIn(JsonNode event, String only, Set<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey().toLowerCase(Locale.ROOT);
            if (name.startsWith(INDICATOR_FIELDS) && (only == null || name.equals(only))) {
                words(field.getValue(), out);
            }
        }
    }

    /** The plain values of a list (or a single value), lower case. */
    private static void words(JsonNode value, Set<String> out) {
        if (value == null) {
            return;
        }
        if (value.isArray()) {
            value.forEach(item -> words(item, out));
        } else if (value.isValueNode() && !value.isNull()) {
            out.add(value.asText().toLowerCase(Locale.ROOT));
        }
    }

    /** JSON text as a tree; a plain word (a p_any_ column typed as text) as a text node; null when neither. */
    private static JsonNode parse(String text) {
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
