package dev.pantherkernel.magics.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event of an entity's profile, as {@link EntitySql#events} selects it: where and when, whether it names the
 * entity itself or only a candidate for a suggested link, what it did, and the indicators it shares.
 *
 * @param indicators the values of each of {@link EntitySql#RELATED}, as the event lists them
 * @param enrichment the event's {@code p_enrichment} (lookup table, selector, matched row), or null
 */
record EntityEvent(String table, String logType, Instant time, boolean ofEntity, String action, String userAgent,
                   String country, Map<String, List<String>> indicators, JsonNode enrichment) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The events of a result table of {@link EntitySql#events}, in its order. */
    static List<EntityEvent> of(Table rows) {
        List<EntityEvent> out = new ArrayList<>();
        for (int row = 0; row < rows.rowCount(); row++) {
            Map<String, List<String>> indicators = new LinkedHashMap<>();
            for (String family : EntitySql.RELATED) {
                indicators.put(family, list(text(rows, family, row)));
            }
            String enrichment = text(rows, EntitySql.ENRICHMENT, row);
            out.add(new EntityEvent(text(rows, "p_table", row), text(rows, "p_log_type", row), time(rows, row),
                    !EntitySql.AS_LINK.equals(text(rows, EntitySql.MATCHED_AS, row)), text(rows, "action", row),
                    text(rows, "user_agent", row), text(rows, "country", row), indicators, enrichment == null ? null : json(enrichment)));
        }
        return out;
    }

    List<String> values(String family) {
        return indicators.getOrDefault(family, List.of());
    }

    private static String text(Table rows, String column, int row) {
        for (Column<?> c : rows.columns()) {
            if (c.name().equalsIgnoreCase(column)) {
                return c.isMissing(row) ? null : c.getString(row);
            }
        }
        return null;
    }

    private static Instant time(Table rows, int row) {
        for (Column<?> c : rows.columns()) {
            if (c.name().equalsIgnoreCase("p_event_time")) {
                if (c.isMissing(row)) {
                    return null;
                }
                if (c instanceof InstantColumn instants) {
                    return instants.get(row);
                }
                return LocalDateTime.parse(c.getString(row).strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            }
        }
        return null;
    }

    /** A JSON array's plain values (an indicator column), or the one word a plain column holds. */
    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        JsonNode node = json(text);
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(v -> {
                if (v.isValueNode() && !v.isNull()) {
                    out.add(v.asText());
                }
            });
        } else if (node == null || node.isValueNode()) {
            out.add(text.strip());
        }
        return out;
    }

    private static JsonNode json(String text) {
        String t = text.strip();
        if (!t.startsWith("[") && !t.startsWith("{")) {
            return null;
        }
        try {
            return JSON.readTree(t);
        } catch (IOException notJson) {
            return null;
        }
    }
}
