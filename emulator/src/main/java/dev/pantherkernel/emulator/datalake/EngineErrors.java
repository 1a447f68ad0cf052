package dev.pantherkernel.emulator.datalake;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DuckDB's error about a query, worded as Snowflake words it, about the SQL the client sent. DuckDB quotes the SQL
 * it ran ({@code LINE 1: SELECT ... memory.main.sf_now...}), which is the front end's rewrite, and suggests names of
 * its own catalog: neither is the user's SQL, so only the first line's substance is kept, in Snowflake's words where
 * the case is a common one.
 */
final class EngineErrors {

    /** DuckDB's {@code Kind Error: detail}. */
    private static final Pattern KIND = Pattern.compile("([A-Za-z ]+?) Error: (.*)");
    private static final Pattern NO_TABLE = Pattern.compile("Table with name (\\S+) does not exist!?");
    private static final Pattern NOT_CONVERTED = Pattern.compile("Could not convert string '(.*)' to ([A-Z_]+).*");
    private static final Pattern BAD_TIME = Pattern.compile("invalid (timestamp|date|time) field format: \"(.*?)\".*");

    private EngineErrors() {
    }

    static String worded(String duckDb) {
        String first = duckDb == null || duckDb.isBlank() ? "the query failed" : duckDb.strip().lines().findFirst().orElseThrow();
        Matcher kind = KIND.matcher(first);
        if (!kind.matches()) {
            return first;
        }
        String detail = kind.group(2).strip();
        Matcher table = NO_TABLE.matcher(detail);
        if (table.matches()) {
            return "SQL compilation error: Object '" + table.group(1).replace("\"", "").toUpperCase(Locale.ROOT)
                    + "' does not exist or not authorized.";
        }
        Matcher conversion = NOT_CONVERTED.matcher(detail);
        if (conversion.matches()) {
            return notRecognized(conversion.group(2)) + " '" + conversion.group(1) + "' is not recognized";
        }
        Matcher time = BAD_TIME.matcher(detail);
        if (time.matches()) {
            return notRecognized(time.group(1).toUpperCase(Locale.ROOT)) + " '" + time.group(2) + "' is not recognized";
        }
        if (detail.endsWith("!")) {
            detail = detail.substring(0, detail.length() - 1) + ".";
        }
        return switch (kind.group(1)) {
            case "Parser", "Binder", "Catalog" -> "SQL compilation error: " + detail;
            default -> detail;
        };
    }

    /** What Snowflake calls a value it could not read as {@code type}. */
    private static String notRecognized(String type) {
        if (type.startsWith("TIMESTAMP")) {
            return "Timestamp";
        }
        return switch (type) {
            case "DATE" -> "Date";
            case "TIME" -> "Time";
            case "BOOLEAN" -> "Boolean value";
            default -> "Numeric value";
        };
    }
}
