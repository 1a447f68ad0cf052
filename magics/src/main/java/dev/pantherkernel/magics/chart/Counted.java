package dev.pantherkernel.magics.chart;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a chart counts, as its axis, title and notes name it: the table's own noun when its name is one ("alerts",
 * "users", "saved queries": the tables the commands make are named so), else "rows".
 *
 * @param plural the noun for several ("alerts")
 */
record Counted(String plural) {

    public static final Counted ROWS = new Counted("rows");

    /** Lower-case words ending in s: the names of the tables the commands make, not "sql" or "aws_cloudtrail". */
    private static final Pattern PLURAL_NOUN = Pattern.compile("[a-z]+( [a-z]+)*s");

    /** The noun a table's name gives, or "rows". */
    public static Counted of(String tableName) {
        return tableName != null && PLURAL_NOUN.matcher(tableName).matches() ? new Counted(tableName) : ROWS;
    }

    /** "1 alert", "32 alerts", "1,234 rows". */
    public String count(long n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular() : plural);
    }

    private String singular() {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.substring(0, plural.length() - 1);
    }
}
