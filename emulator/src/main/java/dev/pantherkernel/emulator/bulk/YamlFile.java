package dev.pantherkernel.emulator.bulk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One YAML file of uploaded content, read with typed getters whose errors name the file and the key, so that a
 * mistake in a large upload is found at once.
 */
final class YamlFile {
    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String path;
    private final JsonNode root;

    private YamlFile(String path, JsonNode root) {
        this.path = path;
        this.root = root;
    }

    static YamlFile parse(String path, byte[] content) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (IOException e) {
            throw new UploadProblem(path + ": not valid YAML: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new UploadProblem(path + ": expected a YAML mapping of keys such as AnalysisType");
        }
        return new YamlFile(path, root);
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    String path() {
        return path;
    }

    boolean has(String key) {
        return root.hasNonNull(key);
    }

    /** Refuses keys that this kind of file does not have (a typo would otherwise be lost). */
    void onlyKeys(Set<String> known) {
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw problem("unknown key " + name + " (known keys: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    String requiredString(String key) {
        String value = string(key);
        if (value == null || value.isBlank()) {
            throw problem(key + " is required");
        }
        return value;
    }

    /** A scalar as text; null when absent. */
    String string(String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw problem(key + " must be text, not a " + kind(node));
        }
        return node.asText();
    }

    String string(String key, String fallback) {
        String value = string(key);
        return value == null ? fallback : value;
    }

    boolean requiredBoolean(String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            throw problem(key + " is required (true or false)");
        }
        return bool(key, node);
    }

    boolean bool(String key, boolean fallback) {
        JsonNode node = root.get(key);
        return node == null || node.isNull() ? fallback : bool(key, node);
    }

    private boolean bool(String key, JsonNode node) {
        if (!node.isBoolean()) {
            throw problem(key + " must be true or false, not " + node.asText());
        }
        return node.booleanValue();
    }

    /** A whole number of at least {@code min}, or the fallback when absent. */
    int integer(String key, int fallback, int min) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber()) {
            throw problem(key + " must be a whole number, not " + node.asText());
        }
        if (node.intValue() < min) {
            throw problem(key + " must be at least " + min + ", not " + node.intValue());
        }
        return node.intValue();
    }

    Integer optionalInteger(String key, int min) {
        return has(key) ? integer(key, 0, min) : null;
    }

    /** A list of scalars; empty when absent. */
    List<String> strings(String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw problem(key + " must be a list, not a " + kind(node));
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.isNull()) {
                throw problem(key + " must list text values");
            }
            out.add(item.asText());
        }
        return out;
    }

    List<String> requiredStrings(String key) {
        List<String> values = strings(key);
        if (values.isEmpty()) {
            throw problem(key + " is required (a list with at least one value)");
        }
        return values;
    }

    /** A mapping of lists of text ({@code Reports}); empty when absent. */
    Map<String, List<String>> listsByKey(String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw problem(key + " must be a mapping, not a " + kind(node));
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), child(key, e.getValue()).strings("values")));
        return out;
    }

    private YamlFile child(String key, JsonNode values) {
        return new YamlFile(path + " " + key, JSON.createObjectNode().set("values", values));
    }

    /** A nested part as YAML text, as the REST API shows it ({@code Detection}, {@code InlineFilters} ...). */
    String yamlText(String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        try {
            return YAML.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw problem(key + " cannot be written back as YAML: " + e.getOriginalMessage());
        }
    }

    /** The items of a list of mappings ({@code Tests}, {@code Mappings}), each as a file of its own for errors. */
    List<YamlFile> items(String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw problem(key + " must be a list, not a " + kind(node));
        }
        List<YamlFile> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                throw problem(key + "[" + i + "] must be a mapping");
            }
            out.add(new YamlFile(path + " " + key + "[" + i + "]", node.get(i)));
        }
        return out;
    }

    /** A nested mapping ({@code Schedule}); null when absent. */
    YamlFile mapping(String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw problem(key + " must be a mapping, not a " + kind(node));
        }
        return new YamlFile(path + " " + key, node);
    }

    /** A nested value as compact JSON text (a test's event: REST shows it as a JSON string). */
    String jsonText(String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw problem(key + " cannot be written as JSON: " + e.getOriginalMessage());
        }
    }

    /** The mocks of a test: each mapping's values as text. */
    List<Map<String, String>> textMappings(String key) {
        List<Map<String, String>> out = new ArrayList<>();
        for (YamlFile item : items(key)) {
            Map<String, String> values = new LinkedHashMap<>();
            item.root.fields().forEachRemaining(e -> values.put(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            out.add(values);
        }
        return out;
    }

    UploadProblem problem(String message) {
        return new UploadProblem(path + ": " + message);
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
