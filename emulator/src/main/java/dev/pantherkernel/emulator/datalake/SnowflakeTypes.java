package dev.pantherkernel.emulator.datalake;

import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.util.Locale;
import java.util.Set;

/** Names a DuckDB column type the way Panther's Snowflake data lake would. */
public final class SnowflakeTypes {
    private static final Set<String> NUMBERS = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "UHUGEINT");
    private static final Set<String> FLOATS = Set.of("FLOAT", "DOUBLE", "REAL");

    private SnowflakeTypes() {}

    /** The Snowflake name for a DuckDB type as DuckDB prints it ({@code VARCHAR[]}, {@code STRUCT(a INTEGER)}, ...). */
    public static String of(String duckDbType) {
        return typeOf(duckDbType).name();
    }

    /** The Snowflake type for a DuckDB type; a JSON value, whose shape the type does not tell, is a VARIANT. */
    public static SnowflakeType typeOf(String duckDbType) {
        String t = duckDbType.trim().toUpperCase(Locale.ROOT);
        if (t.endsWith("]")) {
            return SnowflakeType.ARRAY;
        }
        if (t.startsWith("STRUCT") || t.startsWith("MAP")) {
            return SnowflakeType.OBJECT;
        }
        if (t.equals("JSON") || t.startsWith("UNION")) {
            return SnowflakeType.VARIANT;
        }
        if (t.startsWith("TIMESTAMP WITH TIME ZONE") || t.equals("TIMESTAMPTZ")) {
            return SnowflakeType.TIMESTAMP_TZ;
        }
        if (t.startsWith("TIMESTAMP")) {
            return SnowflakeType.TIMESTAMP_NTZ;
        }
        if (t.equals("DATE") || t.equals("TIME") || t.equals("BOOLEAN")) {
            return SnowflakeType.valueOf(t);
        }
        if (t.equals("BLOB")) {
            return SnowflakeType.BINARY;
        }
        if (NUMBERS.contains(t) || t.startsWith("DECIMAL")) {
            return SnowflakeType.NUMBER;
        }
        if (FLOATS.contains(t)) {
            return SnowflakeType.FLOAT;
        }
        return SnowflakeType.VARCHAR;
    }
}
