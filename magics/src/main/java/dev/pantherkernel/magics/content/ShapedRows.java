package dev.pantherkernel.magics.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantherkernel.magics.table.RowSink;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Passes REST rows on to a table builder after a step of the caller's (adding what kind of thing a row is), with
 * every list of plain words made one readable text ({@code AWS.CloudTrail, Okta.SystemLog}) rather than JSON.
 */
final class ShapedRows implements RowSink {

    private final RowSink target;
    private final Consumer<ObjectNode> step;

    ShapedRows(RowSink target, Consumer<ObjectNode> step) {
        this.target = target;
        this.step = step;
    }

    @Override
    public void accept(JsonNode row) {
        if (!(row instanceof ObjectNode object)) {
            target.accept(row);
            return;
        }
        ObjectNode shaped = object.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            wordsOf(field.getValue()).ifPresent(text -> shaped.put(field.getKey(), text));
        }
        step.accept(shaped);
        target.accept(shaped);
    }

    /** "a, b" for a list whose items are all plain values; nothing for anything else. */
    static Optional<String> wordsOf(JsonNode value) {
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

    @Override
    public int rowCount() {
        return target.rowCount();
    }

    @Override
    public Table table() {
        return target.table();
    }
}
