package dev.pantherkernel.magics.datalake.result;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.table.ColumnKind;
import dev.pantherkernel.magics.table.ColumnNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/**
 * The columns of a result, from {@code columnInfo}: the keys of the row objects in select order, their Snowflake
 * types and the column kinds those give (none when the type is missing or unknown: the values decide). A name
 * selected twice gets a suffix in the table ({@code a}, {@code a_2}), also when it differs only in case
 * ({@code a}, {@code A_2}): Tablesaw's names ignore case.
 */
final class ColumnLayout {

    private final List<String> keys;
    /** The keys as Jackson's parser names fields (interned), so that matching a row's key is mostly a comparison of references. */
    private final String[] internedKeys;
    private final List<String> names;
    private final List<String> types;
    private final List<ColumnKind> kinds;
    private final Map<String, Integer> index = new HashMap<>();

    private ColumnLayout(List<String> keys, List<String> types) {
        this.keys = List.copyOf(keys);
        this.internedKeys = keys.stream().map(String::intern).toArray(String[]::new);
        this.types = List.copyOf(types);
        List<String> unique = new ArrayList<>();
        List<ColumnKind> kindList = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String base = keys.get(i).isBlank() ? "column_" + (i + 1) : keys.get(i);
            String name = base;
            for (int n = 2; !taken.add(ColumnNames.key(name)); n++) {
                name = base + "_" + n;
            }
            unique.add(name);
            kindList.add(ColumnTyping.kindOf(types.get(i)).orElse(null));
            index.putIfAbsent(keys.get(i), i);
        }
        this.names = List.copyOf(unique);
        this.kinds = Collections.unmodifiableList(kindList);
    }

    static ColumnLayout of(JsonNode columnInfo) {
        List<String> keys = new ArrayList<>();
        List<String> types = new ArrayList<>();
        JsonNode typeMap = columnInfo.path("types");
        for (JsonNode key : columnInfo.path("order")) {
            keys.add(key.asText());
            types.add(typeMap.path(key.asText()).asText(""));
        }
        return new ColumnLayout(keys, types);
    }

    int size() {
        return keys.size();
    }

    String name(int column) {
        return names.get(column);
    }

    String type(int column) {
        return types.get(column);
    }

    /** The kind the type names; null when the type is missing or unknown and the values decide. */
    ColumnKind kind(int column) {
        return kinds.get(column);
    }

    /** The column of a row's key, trying {@code expected} first (rows list their keys in column order); -1 if none. */
    int indexOf(String key, int expected) {
        if (expected < internedKeys.length && (internedKeys[expected] == key || internedKeys[expected].equals(key))) {
            return expected;
        }
        return index.getOrDefault(key, -1);
    }

    boolean sameAs(ColumnLayout other) {
        return keys.equals(other.keys) && types.equals(other.types);
    }

    @Override
    public String toString() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            out.add(keys.get(i) + " " + types.get(i));
        }
        return String.join(", ", out);
    }
}
