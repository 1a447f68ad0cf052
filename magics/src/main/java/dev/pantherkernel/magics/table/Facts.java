package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A one-row table of named facts (what {@code connect}, {@code version} and {@code whoami} show). */
@Internal
public final class Facts {

    private final Map<String, Object> facts = new LinkedHashMap<>();

    public Facts put(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    public Table table(String name) {
        List<Column<?>> columns = new ArrayList<>();
        facts.forEach((key, value) -> {
            if (value instanceof Boolean b) {
                columns.add(BooleanColumn.create(key, new boolean[] {b}));
            } else {
                columns.add(StringColumn.create(key, value == null ? "" : String.valueOf(value)));
            }
        });
        return Table.create(name, columns);
    }
}
