package dev.pantherkernel.emulator.logschemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.pantherkernel.emulator.core.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A schema's spec: the YAML of Panther's log schema format ({@code fields}, each with a {@code name} and a
 * {@code type}; objects have {@code fields} of their own, arrays an {@code element}). Checked when written, and read
 * for the field names that {@code schemas(input: {contains})} looks in.
 */
final class SchemaSpec {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> TYPES = Set.of("string", "int", "smallint", "bigint", "float", "boolean", "timestamp",
            "array", "object", "json");

    private SchemaSpec() {}

    /** The spec's field names at every depth; an error that says what is wrong when it is not a valid spec. */
    static List<String> check(String name, String spec) {
        JsonNode root;
        try {
            root = YAML.readTree(spec);
        } catch (JsonProcessingException e) {
            throw ApiException.invalidInput("the spec of " + name + " is not YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiException.invalidInput("the spec of " + name + " must be a YAML mapping with a fields list");
        }
        if (root.has("schema") && !root.path("schema").asText().equals(name)) {
            throw ApiException.invalidInput("the spec names the schema " + root.path("schema").asText() + ", not " + name);
        }
        List<String> names = new ArrayList<>();
        fields(root, "fields", names);
        return names;
    }

    /** The field names of a spec already checked (the stored ones). */
    static List<String> fieldNames(String spec) {
        try {
            List<String> names = new ArrayList<>();
            collect(YAML.readTree(spec).path("fields"), names);
            return names;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    private static void fields(JsonNode holder, String where, List<String> names) {
        JsonNode fields = holder.path("fields");
        if (!fields.isArray() || fields.isEmpty()) {
            throw ApiException.invalidInput(where + " must be a non-empty list of fields");
        }
        for (JsonNode field : fields) {
            String fieldName = field.path("name").asText("");
            if (fieldName.isEmpty()) {
                throw ApiException.invalidInput("a field in " + where + " has no name");
            }
            names.add(fieldName);
            type(field, where + "." + fieldName, names);
        }
    }

    private static void type(JsonNode field, String where, List<String> names) {
        String type = field.path("type").asText("");
        if (!TYPES.contains(type)) {
            throw ApiException.invalidInput(where + " has type '" + type + "'; the types are " + String.join(", ", TYPES.stream()
                    .sorted().toList()));
        }
        if (type.equals("object")) {
            fields(field, where, names);
        } else if (type.equals("array")) {
            if (!field.path("element").isObject()) {
                throw ApiException.invalidInput(where + " is an array without an element type");
            }
            type(field.path("element"), where + "[]", names);
        } else if (type.equals("timestamp") && !field.has("timeFormats") && !field.has("timeFormat")) {
            throw ApiException.invalidInput(where + " is a timestamp without timeFormats");
        }
    }

    private static void collect(JsonNode fields, List<String> names) {
        for (JsonNode field : fields) {
            names.add(field.path("name").asText());
            collect(field.path("fields"), names);
            collect(field.path("element").path("fields"), names);
        }
    }
}
