package dev.pantherkernel.emulator.datalake;

import java.sql.SQLException;
import java.util.Map;

/**
 * Panther's time macros as DuckDB macros. DuckDB binds a macro body when it is created, so a body
 * cannot name {@code p_event_time} itself; each macro therefore takes the time column as its first
 * argument, and {@link SqlPreparer} adds that argument to the user's calls.
 */
final class PantherMacros {
    /** Panther macro name to the number of its own arguments (a table alias and a column may follow). */
    static final Map<String, Integer> ARITY = Map.of(
            "p_occurs_since", 1,
            "p_occurs_between", 2,
            "p_occurs_around", 2,
            "p_occurs_after", 1,
            "p_occurs_before", 1);

    /** The schema that holds the macros, in DuckDB's home catalog. */
    static final String SCHEMA = "main";

    private PantherMacros() {}

    /** The DuckDB macro that implements a Panther macro. */
    static String implementation(String pantherName) {
        return "panther_" + pantherName.substring("p_".length());
    }

    static void install(DuckDb db) throws SQLException {
        String home = DuckDb.HOME_CATALOG + "." + SCHEMA + ".";
        db.execute(
                // offsets are interval text ('1 day', '6 hours', '30 min') or a number of seconds
                "CREATE MACRO " + home + "panther_interval(d) AS CASE WHEN TRY_CAST(d AS BIGINT) IS NOT NULL "
                        + "THEN to_seconds(TRY_CAST(d AS BIGINT)) ELSE CAST(CAST(d AS VARCHAR) AS INTERVAL) END",
                "CREATE MACRO " + home + "panther_now() AS CAST(timezone('UTC', now()) AS TIMESTAMP)",
                "CREATE MACRO " + home + "panther_occurs_since(ts, d) AS ts >= " + home + "panther_now() - "
                        + home + "panther_interval(d)",
                "CREATE MACRO " + home + "panther_occurs_between(ts, a, b) AS ts BETWEEN CAST(a AS TIMESTAMP) AND CAST(b AS TIMESTAMP)",
                "CREATE MACRO " + home + "panther_occurs_around(ts, t, d) AS ts BETWEEN CAST(t AS TIMESTAMP) - "
                        + home + "panther_interval(d) AND CAST(t AS TIMESTAMP) + " + home + "panther_interval(d)",
                "CREATE MACRO " + home + "panther_occurs_after(ts, t) AS ts >= CAST(t AS TIMESTAMP)",
                "CREATE MACRO " + home + "panther_occurs_before(ts, t) AS ts <= CAST(t AS TIMESTAMP)");
    }
}
