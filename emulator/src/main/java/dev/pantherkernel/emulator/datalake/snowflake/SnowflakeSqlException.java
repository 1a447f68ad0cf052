package dev.pantherkernel.emulator.datalake.snowflake;

/**
 * SQL the front end cannot take: a syntax error, a name that resolves to nothing, or a construct it does not translate
 * for DuckDB. The message says where and what, in the words Snowflake uses ({@code SQL compilation error: ...}), about
 * the SQL the client sent (never the DuckDB SQL the front end writes).
 */
public final class SnowflakeSqlException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Where in the SQL the error is, when it was made without the SQL at hand (-1: nowhere in particular). */
    private final int offset;
    private final String what;

    private SnowflakeSqlException(String message, int offset, String what) {
        super(message, null, false, false);
        this.offset = offset;
        this.what = what;
    }

    SnowflakeSqlException(String message) {
        this(message, -1, null);
    }

    /** A syntax error at {@code offset} of {@code sql}. */
    static SnowflakeSqlException syntax(String sql, int offset, String what) {
        return new SnowflakeSqlException("SQL compilation error: syntax error " + SqlPosition.of(sql, offset) + " " + what);
    }

    /**
     * An error about what stands at {@code offset} (a name that resolves to nothing, say), made where the SQL text is not
     * at hand: {@link #locatedIn} words it with its line and position once it is, as Snowflake words such errors
     * ({@code SQL compilation error: error line 1 at position 7 invalid identifier 'EVENTNAM'}).
     */
    static SnowflakeSqlException at(int offset, String what) {
        return new SnowflakeSqlException("SQL compilation error: " + what, offset, what);
    }

    /** A construct the demo does not translate; {@code hint} says what to write instead (may be empty). */
    static SnowflakeSqlException unsupported(String construct, String hint) {
        return new SnowflakeSqlException("SQL compilation error: " + construct
                + " is not supported by the demo's Snowflake front end" + (hint.isEmpty() ? "" : "; " + hint));
    }

    static SnowflakeSqlException invalid(String message) {
        return new SnowflakeSqlException("SQL compilation error: " + message);
    }

    /** This error with its line and position in {@code sql}, when it has an offset; else itself. */
    SnowflakeSqlException locatedIn(String sql) {
        if (offset < 0) {
            return this;
        }
        return new SnowflakeSqlException("SQL compilation error: error " + SqlPosition.of(sql, offset) + " " + what);
    }
}
