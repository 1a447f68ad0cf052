package dev.pantherkernel.emulator.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A path as the OpenAPI description writes it, {@code /alerts/{id}/events}: literal segments and named ones. */
record PathTemplate(String text, List<String> segments) {

    static PathTemplate parse(String text) {
        if (!text.startsWith("/") || text.length() < 2 || text.endsWith("/")) {
            throw new IllegalArgumentException("a path template starts with / and names at least one segment: " + text);
        }
        List<String> segments = List.of(text.substring(1).split("/", -1));
        for (String segment : segments) {
            boolean parameter = segment.startsWith("{") && segment.endsWith("}");
            if (segment.isEmpty() || (!parameter && (segment.contains("{") || segment.contains("}")))) {
                throw new IllegalArgumentException("bad segment '" + segment + "' in " + text);
            }
        }
        return new PathTemplate(text, segments);
    }

    /** The values of the named segments when the (decoded) path segments fit this template. */
    Optional<Map<String, String>> match(List<String> path) {
        if (path.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < path.size(); i++) {
            String segment = segments.get(i);
            if (isParameter(segment)) {
                if (path.get(i).isEmpty()) {
                    return Optional.empty();
                }
                values.put(segment.substring(1, segment.length() - 1), path.get(i));
            } else if (!segment.equals(path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    /** How many segments are fixed words: of two templates that fit a path, the one with more wins. */
    int literals() {
        return (int) segments.stream().filter(s -> !isParameter(s)).count();
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{");
    }
}
