package dev.pantherkernel.magics.table;

import com.fasterxml.jackson.databind.JsonNode;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a table from rows whose shape the schema does not give (a {@code JSON} node, like an alert's events):
 * one column per top-level key, in the order keys first appear, typed by what all the values have in common.
 */
public final class JsonRowsTableBuilder implements RowSink {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");

    private final String name;
    private final List<JsonNode> rows = new ArrayList<>();

    public JsonRowsTableBuilder(String name) {
        this.name = name;
    }

    @Override
    public void accept(JsonNode row) {
        rows.add(row);
    }

    @Override
    public int rowCount() {
        return rows.size();
    }

    @Override
    public Table table() {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode row : rows) {
            if (row != null && row.isObject()) {
                for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
                    keys.add(it.next());
                }
            }
        }
        List<Column<?>> columns = new ArrayList<>();
        if (keys.isEmpty()) {
            // scalar rows, or objects without a key: one column, so that every row is still there
            columns.add(fill("value", rows));
        } else {
            ColumnNames names = new ColumnNames();
            for (String key : keys) {
                List<JsonNode> values = new ArrayList<>(rows.size());
                for (JsonNode row : rows) {
                    values.add(row == null ? null : row.get(key));
                }
                columns.add(fill(names.unique(key), values));
            }
        }
        return Table.create(name, columns);
    }

    private static Column<?> fill(String name, List<JsonNode> values) {
        ColumnKind kind = infer(values);
        Column<?> column = kind.newColumn(name);
        for (JsonNode value : values) {
            RowTableBuilder.append(column, kind, value);
        }
        return column;
    }

    static ColumnKind infer(List<JsonNode> values) {
        boolean any = false;
        boolean booleans = true;
        boolean integers = true;
        boolean numbers = true;
        boolean instants = true;
        boolean containers = false;
        for (JsonNode v : values) {
            if (v == null || v.isNull()) {
                continue;
            }
            any = true;
            booleans &= v.isBoolean();
            integers &= v.isIntegralNumber() && v.canConvertToLong();
            numbers &= v.isNumber();
            instants &= v.isTextual() && TIMESTAMP.matcher(v.textValue()).matches() && parses(v.textValue());
            containers |= v.isContainerNode();
        }
        if (!any) {
            return ColumnKind.STRING;
        }
        if (booleans) {
            return ColumnKind.BOOLEAN;
        }
        if (integers) {
            return ColumnKind.LONG;
        }
        if (numbers) {
            return ColumnKind.DOUBLE;
        }
        if (instants) {
            return ColumnKind.INSTANT;
        }
        return containers ? ColumnKind.JSON : ColumnKind.STRING;
    }

    private static boolean parses(String text) {
        try {
            Values.instant(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
