package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;

/**
 * A translated expression: DuckDB SQL text and the Snowflake type of its value ({@code null} when the front end
 * cannot know it, as for a column of a table it has no schema of). {@code literal} marks a constant written in the
 * query, whose text DuckDB casts as needed.
 */
record Sql(String text, SnowflakeType type, boolean literal) {

    static Sql of(String text, SnowflakeType type) {
        return new Sql(text, type, false);
    }

    static Sql nullValue() {
        return new Sql("NULL", null, true);
    }

    boolean isNull() {
        return literal && "NULL".equals(text);
    }

    boolean isSemi() {
        return type != null && type.isSemiStructured();
    }

    boolean is(SnowflakeType t) {
        return type == t;
    }

    /** The text in parentheses, safe to place next to any operator. */
    String wrapped() {
        return "(" + text + ")";
    }
}
