package dev.pantherkernel.magics.lakechart;

import dev.pantherkernel.magics.core.UsageException;

import java.util.regex.Pattern;

/**
 * Checks the names a chart option puts into the SQL it builds. They go in unquoted, as a user would write them, so
 * that Snowflake resolves them case-insensitively as it does in any query; anything that is not a plain name (or a
 * path into a VARIANT column) is refused rather than pasted into the SQL.
 */
final class SqlNames {

    private static final String PART = "[A-Za-z_][A-Za-z0-9_$]*";
    private static final Pattern COLUMN = Pattern.compile(PART + "(?:(?:\\.|:)" + PART + ")*");
    private static final Pattern TABLE = Pattern.compile(PART + "(?:\\." + PART + "){0,2}");

    private SqlNames() {
    }

    /** A column, or a path into a VARIANT column ({@code userIdentity:type}, {@code client.ipAddress}). */
    static String column(String option, String text) {
        String name = text == null ? "" : text.strip();
        if (!COLUMN.matcher(name).matches()) {
            throw new UsageException(option + " " + text + ": write a column name (eventName), or a path into a "
                    + "column (userIdentity:type)");
        }
        return name;
    }

    /** A table: {@code aws_cloudtrail}, {@code public.aws_cloudtrail} or {@code panther_logs.public.aws_cloudtrail}. */
    static String table(String option, String text) {
        String name = text == null ? "" : text.strip();
        if (!TABLE.matcher(name).matches()) {
            throw new UsageException(option + " " + text + ": write a table name (aws_cloudtrail, or "
                    + "panther_logs.public.aws_cloudtrail)");
        }
        return name;
    }
}
