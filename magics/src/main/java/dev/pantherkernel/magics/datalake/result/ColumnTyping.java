package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.table.ColumnKind;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column kind for a type name from {@code columnInfo.types}, however it is spelled: Snowflake's SQL names and
 * their synonyms in any case, with or without parameters ({@code NUMBER(38,0)}, {@code VARCHAR(16777216)},
 * {@code TIMESTAMP_NTZ(9)}), and the names of Snowflake's result metadata ({@code fixed}, {@code real},
 * {@code text}). Timestamps are instants (UTC), whole numbers longs (a {@code NUMBER} or {@code fixed} without a
 * scale is {@code NUMBER(38,0)}; a fraction in the values still widens it), other numbers doubles, {@code VARIANT},
 * {@code OBJECT}, {@code ARRAY} and geospatial values JSON text, binary values their text. A name not known here,
 * or none, is empty: the column's type is then inferred from its values.
 */
final class ColumnTyping {

    /** The name, and the scale of a two-parameter type ({@code NUMBER(10,2)}). */
    private static final Pattern TYPE = Pattern.compile("([A-Z_0-9 ]+?)\\s*(?:\\(\\s*\\d+\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    private ColumnTyping() {
    }

    static Optional<ColumnKind> kindOf(String typeName) {
        Matcher type = TYPE.matcher(typeName == null ? "" : typeName.strip().toUpperCase(Locale.ROOT));
        if (!type.matches()) {
            return Optional.empty();
        }
        String name = type.group(1).strip().replaceAll("\\s+", " ");
        if (name.startsWith("TIMESTAMP") || name.equals("DATETIME")) {
            return Optional.of(ColumnKind.INSTANT);
        }
        ColumnKind kind = switch (name) {
            case "NUMBER", "DECIMAL", "NUMERIC", "FIXED" ->
                    type.group(2) == null || Integer.parseInt(type.group(2)) == 0 ? ColumnKind.LONG : ColumnKind.DOUBLE;
            case "INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "BYTEINT" -> ColumnKind.LONG;
            case "FLOAT", "FLOAT4", "FLOAT8", "DOUBLE", "DOUBLE PRECISION", "REAL" -> ColumnKind.DOUBLE;
            case "VARCHAR", "CHAR", "CHARACTER", "CHAR VARYING", "NCHAR", "NVARCHAR", "NVARCHAR2", "NCHAR VARYING",
                 "STRING", "TEXT", "BINARY", "VARBINARY" -> ColumnKind.STRING;
            case "BOOLEAN" -> ColumnKind.BOOLEAN;
            case "DATE" -> ColumnKind.DATE;
            case "TIME" -> ColumnKind.TIME;
            case "VARIANT", "OBJECT", "ARRAY", "MAP", "GEOGRAPHY", "GEOMETRY" -> ColumnKind.JSON;
            default -> null;
        };
        return Optional.ofNullable(kind);
    }
}
