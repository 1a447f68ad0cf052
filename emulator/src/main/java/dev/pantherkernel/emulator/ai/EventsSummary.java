package dev.pantherkernel.emulator.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.emulator.core.ApiException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The demo's answer to "summarise these events": how many, of which log types and sources, over what time, and the
 * indicator values they hold (Panther's {@code p_any_*} fields), made only from the events themselves.
 */
final class EventsSummary {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventsSummary() {}

    /** The text; an event that is not a JSON object is an error that names it. */
    static String write(List<String> events, OutputLength length, String prompt) {
        Map<String, Integer> logTypes = new TreeMap<>();
        Map<String, Integer> sources = new TreeMap<>();
        TreeSet<String> times = new TreeSet<>();
        Map<String, Map<String, Long>> indicators = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = parse(events.get(i), i + 1);
            count(logTypes, event.path("p_log_type").asText(null));
            count(sources, event.path("p_source_label").asText(null));
            if (event.hasNonNull("p_event_time")) {
                times.add(event.path("p_event_time").asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().startsWith("p_any_") && field.getValue().isArray()) {
                    field.getValue().forEach(v -> indicators.computeIfAbsent(field.getKey(), k -> new LinkedHashMap<>())
                            .merge(v.asText(), 1L, Long::sum));
                }
            }
        }
        StringBuilder out = new StringBuilder(DemoLabel.TEXT);
        out.append(events.size()).append(events.size() == 1 ? " event" : " events");
        if (!logTypes.isEmpty()) {
            out.append(" of ").append(counted(logTypes));
        }
        if (!sources.isEmpty()) {
            out.append(" from ").append(counted(sources));
        }
        if (!times.isEmpty()) {
            out.append(times.size() == 1 ? ", at " + times.first() : ", from " + times.first() + " to " + times.last());
        }
        out.append(".\n");
        Map<String, List<AlertEvidence.Entity>> entities = new LinkedHashMap<>();
        int most = Math.max(length.entities(), 1);
        indicators.forEach((column, values) -> {
            List<AlertEvidence.Entity> top = new ArrayList<>();
            values.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(most)
                    .forEach(e -> top.add(new AlertEvidence.Entity(e.getKey(), e.getValue())));
            entities.put(column, top);
        });
        AlertSummary.entities(out, entities);
        if (prompt != null && !prompt.isBlank()) {
            out.append("\n_Asked: \"").append(prompt.strip())
                    .append("\". The demo does not follow instructions; a real Panther's model would._\n");
        }
        return out.toString();
    }

    private static JsonNode parse(String text, int position) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // reported below, with the event's position
        }
        throw ApiException.invalidInput("event " + position + " is not a JSON object");
    }

    private static void count(Map<String, Integer> counts, String value) {
        if (value != null) {
            counts.merge(value, 1, Integer::sum);
        }
    }

    private static String counted(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(k + " (" + v + ")"));
        return String.join(", ", parts);
    }
}
