package dev.pantherkernel.emulator.datalake.sql;

/**
 * The Snowflake data types the data lake reports, in {@code columnInfo} and in the catalog. Their names here are
 * the one place that spells them: every type name the emulator sends comes from {@link #name()}.
 */
public enum SnowflakeType {
    VARCHAR, NUMBER, FLOAT, BOOLEAN, DATE, TIME, TIMESTAMP_NTZ, TIMESTAMP_LTZ, TIMESTAMP_TZ, VARIANT, OBJECT, ARRAY, BINARY;

    /** VARIANT, OBJECT and ARRAY: semi-structured values, held as JSON in DuckDB. */
    public boolean isSemiStructured() {
        return this == VARIANT || this == OBJECT || this == ARRAY;
    }

    public boolean isTimestamp() {
        return this == TIMESTAMP_NTZ || this == TIMESTAMP_LTZ || this == TIMESTAMP_TZ;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == FLOAT;
    }

    /** The DuckDB type that holds values of this type in the emulator. */
    public String duckDbType() {
        return switch (this) {
            case VARCHAR -> "VARCHAR";
            case NUMBER -> "BIGINT";
            case FLOAT -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP_NTZ -> "TIMESTAMP";
            case TIMESTAMP_LTZ, TIMESTAMP_TZ -> "TIMESTAMPTZ";
            case VARIANT, OBJECT, ARRAY -> "JSON";
            case BINARY -> "BLOB";
        };
    }
}
