package dev.pantherkernel.magics.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.TimeText;

import java.lang.reflect.Array;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Java values from the notebook as GraphQL values: JSON-ready objects for variables, and literals for text.
 * Times become Panther's UTC DateTime form; enums their names; collections lists.
 */
@Internal
public final class JavaValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JavaValues() {
    }

    /** A value Jackson can write as a GraphQL variable. */
    public static Object toJson(String name, Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Character c) {
            return String.valueOf(c);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant i) {
            return TimeText.format(i);
        }
        if (value instanceof ZonedDateTime z) {
            return toJson(name, z.toInstant());
        }
        if (value instanceof OffsetDateTime o) {
            return toJson(name, o.toInstant());
        }
        if (value instanceof LocalDateTime l) {
            return toJson(name, l.toInstant(ZoneOffset.UTC));
        }
        if (value instanceof LocalDate d) {
            return toJson(name, d.atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(v -> out.add(toJson(name, v)));
            return out;
        }
        if (value.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(toJson(name, Array.get(value, i)));
            }
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), toJson(name, v)));
            return out;
        }
        throw new PantherException("{" + name + "} is a " + value.getClass().getSimpleName()
                + ", which has no GraphQL form; use a string, number, boolean, time, enum, list or map");
    }

    /** The value written as GraphQL literal text ({@code "text"}, {@code 42}, {@code ["a", "b"]}, {@code {k: 1}}). */
    public static String toLiteral(String name, Object value) {
        return literal(toJson(name, value));
    }

    private static String literal(Object json) {
        if (json == null) {
            return "null";
        }
        if (json instanceof String s) {
            try {
                return JSON.writeValueAsString(s);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        if (json instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(v -> items.add(literal(v)));
            return "[" + String.join(", ", items) + "]";
        }
        if (json instanceof Map<?, ?> map) {
            List<String> fields = new ArrayList<>();
            map.forEach((k, v) -> fields.add(k + ": " + literal(v)));
            return "{" + String.join(", ", fields) + "}";
        }
        return String.valueOf(json);
    }
}
