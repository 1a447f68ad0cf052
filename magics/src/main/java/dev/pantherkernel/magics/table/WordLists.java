package dev.pantherkernel.magics.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists of plain words (log types, tags, permissions) as people read them: {@code AWS.CloudTrail, Okta.SystemLog}
 * rather than the JSON text a list column otherwise holds. Anything that is not a list of plain values stays JSON.
 */
@Internal
public final class WordLists {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WordLists() {
    }

    /** "a, b" for a list whose items are all plain values; empty for anything else. */
    public static Optional<String> text(JsonNode value) {
        if (value == null || !value.isArray()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode() || item.isNull()) {
                return Optional.empty();
            }
            words.add(item.asText());
        }
        return Optional.of(String.join(", ", words));
    }

    /** The column with each JSON list of plain values as "a, b"; other values as they were. */
    public static StringColumn readable(Column<?> column) {
        StringColumn out = StringColumn.create(column.name());
        for (int i = 0; i < column.size(); i++) {
            if (column.isMissing(i)) {
                out.appendMissing();
                continue;
            }
            String text = String.valueOf(column.get(i));
            out.append(parse(text).flatMap(WordLists::text).orElse(text));
        }
        return out;
    }

    private static Optional<JsonNode> parse(String text) {
        if (!text.startsWith("[")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(text));
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }
}
