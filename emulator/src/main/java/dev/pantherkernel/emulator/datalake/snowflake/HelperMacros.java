package dev.pantherkernel.emulator.datalake.snowflake;

import java.time.Duration;
import java.util.List;

/**
 * DuckDB macros the translated SQL calls for conversions that would be long to write inline. They live in the
 * in-memory database's main schema ({@link #PREFIX}), which queries reach from any current database.
 */
public final class HelperMacros {
    /** How translated SQL names the schema that holds the macros. */
    static final String PREFIX = "memory.main.";

    private HelperMacros() {}

    static String call(String macro, String... args) {
        return PREFIX + macro + "(" + String.join(", ", args) + ")";
    }

    /**
     * The statements that create the macros, to run once on the database.
     *
     * @param clockAhead how far the emulator's clock is ahead of the system's: queries see the emulator's now
     */
    public static List<String> statements(Duration clockAhead) {
        String p = PREFIX;
        long micros = clockAhead.getSeconds() * 1_000_000 + clockAhead.getNano() / 1_000;
        return List.of(
                // UTC now without a zone, as Panther's session sees CURRENT_TIMESTAMP
                "CREATE MACRO " + p + "sf_now() AS CAST(timezone('UTC', now()) AS TIMESTAMP)"
                        + (micros == 0 ? "" : " + to_microseconds(CAST(" + micros + " AS BIGINT))"),
                // seconds since the epoch, with fractions
                "CREATE MACRO " + p + "sf_epoch_timestamp(n) AS make_timestamp(CAST(round(CAST(n AS DOUBLE) * 1000000) AS BIGINT))",
                // digits as Snowflake reads them: seconds, milliseconds, microseconds or nanoseconds by magnitude
                "CREATE MACRO " + p + "sf_epoch_digits(n) AS CASE WHEN abs(n) < 31536000000 THEN make_timestamp(n * 1000000) "
                        + "WHEN abs(n) < 31536000000000 THEN make_timestamp(n * 1000) "
                        + "WHEN abs(n) < 31536000000000000 THEN make_timestamp(n) ELSE make_timestamp(n // 1000) END",
                "CREATE MACRO " + p + "sf_timestamp(s) AS CASE WHEN s IS NULL THEN NULL "
                        + "WHEN regexp_full_match(trim(s), '-?[0-9]+') THEN " + p + "sf_epoch_digits(CAST(trim(s) AS BIGINT)) "
                        + "ELSE CAST(trim(s) AS TIMESTAMP) END",
                "CREATE MACRO " + p + "sf_try_timestamp(s) AS CASE WHEN s IS NULL THEN NULL "
                        + "WHEN regexp_full_match(trim(s), '-?[0-9]+') THEN " + p + "sf_epoch_digits(TRY_CAST(trim(s) AS BIGINT)) "
                        + "ELSE TRY_CAST(trim(s) AS TIMESTAMP) END",
                // Snowflake's TYPEOF names for a JSON value
                "CREATE MACRO " + p + "sf_typeof(v) AS CASE json_type(v) WHEN 'UBIGINT' THEN 'INTEGER' WHEN 'BIGINT' THEN 'INTEGER' "
                        + "WHEN 'NULL' THEN 'NULL_VALUE' ELSE json_type(v) END",
                // an ARRAY's elements as a DuckDB list of JSON values; NULL when the value is not an array
                "CREATE MACRO " + p + "sf_elements(a) AS CASE WHEN json_type(a) = 'ARRAY' THEN CAST(a AS JSON[]) END");
    }
}
