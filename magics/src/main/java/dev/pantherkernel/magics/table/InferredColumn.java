package dev.pantherkernel.magics.table;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.columns.Column;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A column whose type nothing told (no schema, a type name never seen, none at all), typed by what all its values
 * have in common: all booleans a boolean column, all whole numbers longs, all numbers doubles, all timestamps
 * instants; objects and arrays JSON text; anything else strings. Missing values do not vote.
 */
@Internal
public final class InferredColumn {

    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");

    private InferredColumn() {
    }

    /** A column named {@code name} holding {@code values} (null or JSON null for a missing cell), typed by them. */
    public static Column<?> of(String name, List<JsonNode> values) {
        ColumnKind kind = kindOf(values);
        Column<?> column = kind.newColumn(name);
        for (JsonNode value : values) {
            RowTableBuilder.append(column, kind, value);
        }
        return column;
    }

    /** The kind all the values fit. */
    public static ColumnKind kindOf(List<JsonNode> values) {
        boolean any = false;
        boolean booleans = true;
        boolean integers = true;
        boolean numbers = true;
        boolean instants = true;
        boolean containers = false;
        for (JsonNode v : values) {
            if (v == null || v.isNull() || v.isMissingNode()) {
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
