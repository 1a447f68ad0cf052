package dev.pantherkernel.emulator.datalake.snowflake;

/**
 * SQL the front end cannot take: a syntax error, or a construct it does not translate for DuckDB. The message says
 * where and what, in the words Snowflake uses ({@code SQL compilation error: ...}).
 */
public final class SnowflakeSqlException extends Exception {
    private static final long serialVersionUID = 1L;

    SnowflakeSqlException(String message) {
        super(message, null, false, false);
    }

    /** A syntax error at {@code offset} of {@code sql}. */
    static SnowflakeSqlException syntax(String sql, int offset, String what) {
        return new SnowflakeSqlException("SQL compilation error: syntax error " + SqlPosition.of(sql, offset) + " " + what);
    }

    /** A construct the demo does not translate; {@code hint} says what to write instead (may be empty). */
    static SnowflakeSqlException unsupported(String construct, String hint) {
        return new SnowflakeSqlException("SQL compilation error: " + construct
                + " is not supported by the demo's Snowflake front end" + (hint.isEmpty() ? "" : "; " + hint));
    }

    static SnowflakeSqlException invalid(String message) {
        return new SnowflakeSqlException("SQL compilation error: " + message);
    }
}
