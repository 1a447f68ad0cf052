package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.table.ColumnKind;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column kind for a Snowflake type name from {@code columnInfo.types}: timestamps are instants (UTC), numbers
 * with scale 0 are longs (a plain {@code NUMBER} is Snowflake's {@code NUMBER(38,0)}), other numbers and floats are
 * doubles, {@code VARIANT}, {@code OBJECT} and {@code ARRAY} are JSON text, and anything else is a string.
 */
final class ColumnTyping {

    private static final Pattern NUMBER = Pattern.compile("(NUMBER|DECIMAL|NUMERIC)\\s*(?:\\(\\s*\\d+\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    private ColumnTyping() {
    }

    static ColumnKind kindOf(String typeName) {
        String type = typeName == null ? "" : typeName.strip().toUpperCase(Locale.ROOT);
        Matcher number = NUMBER.matcher(type);
        if (number.matches()) {
            return number.group(2) == null || Integer.parseInt(number.group(2)) == 0 ? ColumnKind.LONG : ColumnKind.DOUBLE;
        }
        if (type.startsWith("TIMESTAMP") || type.equals("DATETIME")) {
            return ColumnKind.INSTANT;
        }
        return switch (type) {
            case "INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "BYTEINT" -> ColumnKind.LONG;
            case "FLOAT", "FLOAT4", "FLOAT8", "DOUBLE", "DOUBLE PRECISION", "REAL" -> ColumnKind.DOUBLE;
            case "BOOLEAN" -> ColumnKind.BOOLEAN;
            case "VARIANT", "OBJECT", "ARRAY" -> ColumnKind.JSON;
            default -> ColumnKind.STRING;
        };
    }
}
