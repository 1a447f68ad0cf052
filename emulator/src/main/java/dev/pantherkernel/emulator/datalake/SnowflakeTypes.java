package dev.pantherkernel.emulator.datalake;

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
        String t = duckDbType.trim().toUpperCase(Locale.ROOT);
        if (t.endsWith("]")) {
            return "ARRAY";
        }
        if (t.startsWith("STRUCT") || t.startsWith("MAP")) {
            return "OBJECT";
        }
        if (t.equals("JSON") || t.startsWith("UNION")) {
            return "VARIANT";
        }
        if (t.startsWith("TIMESTAMP WITH TIME ZONE") || t.equals("TIMESTAMPTZ")) {
            return "TIMESTAMP_TZ";
        }
        if (t.startsWith("TIMESTAMP")) {
            return "TIMESTAMP_NTZ";
        }
        if (t.equals("DATE") || t.equals("TIME") || t.equals("BOOLEAN")) {
            return t;
        }
        if (NUMBERS.contains(t) || t.startsWith("DECIMAL")) {
            return "NUMBER";
        }
        if (FLOATS.contains(t)) {
            return "FLOAT";
        }
        return "VARCHAR";
    }
}
