package dev.pantherkernel.magics.table;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.math.BigDecimal;

/**
 * Fills typed columns from JSON rows, one row per node. Each column follows its path into the row (nested objects
 * become dotted columns); a missing or null value is a missing cell. A value that does not fit its column's type
 * is an error naming the column and row, never a silently wrong cell.
 */
@Internal
public final class RowTableBuilder implements RowSink {

    private final String name;
    private final List<ColumnSpec> specs;
    private final List<Column<?>> columns = new ArrayList<>();
    private int rows;

    public RowTableBuilder(String name, List<ColumnSpec> specs) {
        this.name = name;
        this.specs = List.copyOf(specs);
        ColumnNames names = new ColumnNames();
        for (ColumnSpec spec : specs) {
            columns.add(spec.kind().newColumn(names.unique(spec.name())));
        }
    }

    @Override
    public void accept(JsonNode row) {
        for (int c = 0; c < specs.size(); c++) {
            ColumnSpec spec = specs.get(c);
            JsonNode value = row;
            for (String key : spec.path()) {
                value = value == null || value.isNull() ? null : value.get(key);
            }
            try {
                append(columns.get(c), spec.kind(), value);
            } catch (RuntimeException e) {
                throw new TableConversionException("row " + rows + ", column " + spec.name() + ": cannot read "
                        + value + " as " + spec.kind(), e);
            }
        }
        rows++;
    }

    @Override
    public int rowCount() {
        return rows;
    }

    @Override
    public Table table() {
        return Table.create(name, columns);
    }

    /** Adds {@code value} (null or JSON null for a missing cell) to a column of {@code kind}. */
    public static void append(Column<?> column, ColumnKind kind, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            column.appendMissing();
            return;
        }
        switch (kind) {
            case INSTANT -> {
                try {
                    PackedInstants.append((InstantColumn) column, Values.instant(value.asText()));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not a timestamp: " + value.asText(), e);
                }
            }
            case DATE -> ((DateColumn) column).append(Values.date(value.asText()));
            case TIME -> ((TimeColumn) column).append(Values.time(value.asText()));
            case INT -> ((IntColumn) column).append(checkedNumber(value).intValue());
            case LONG -> ((LongColumn) column).append(checkedNumber(value).longValue());
            case DOUBLE -> ((DoubleColumn) column).append(checkedNumber(value).doubleValue());
            case BOOLEAN -> ((BooleanColumn) column).append(checkedBoolean(value));
            case STRING, JSON -> ((StringColumn) column).append(Values.text(value));
        }
    }

    private static Number checkedNumber(JsonNode value) {
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isTextual()) {
            return new BigDecimal(value.asText().strip());
        }
        throw new IllegalArgumentException("not a number");
    }

    private static boolean checkedBoolean(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw new IllegalArgumentException("not a boolean");
    }
}
