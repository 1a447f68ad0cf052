package dev.pantherkernel.emulator.datalake.snowflake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Snowflake's date and time formats ({@code YYYY-MM-DD HH24:MI:SS.FF3}) as DuckDB's strftime/strptime formats
 * ({@code %Y-%m-%d %H:%M:%S.%g}). Text in double quotes is copied as it is.
 */
final class TimeFormats {
    /** Elements, longest first so that {@code MMMM} is not read as {@code MM MM}. */
    private static final Map<String, String> ELEMENTS = new LinkedHashMap<>();

    static {
        ELEMENTS.put("MMMM", "%B");
        ELEMENTS.put("HH24", "%H");
        ELEMENTS.put("HH12", "%I");
        ELEMENTS.put("YYYY", "%Y");
        ELEMENTS.put("FF9", "%n");
        ELEMENTS.put("FF6", "%f");
        ELEMENTS.put("FF3", "%g");
        ELEMENTS.put("TZH", "%z");
        ELEMENTS.put("MON", "%b");
        ELEMENTS.put("FF", "%n");
        ELEMENTS.put("YY", "%y");
        ELEMENTS.put("MM", "%m");
        ELEMENTS.put("DD", "%d");
        ELEMENTS.put("DY", "%a");
        ELEMENTS.put("HH", "%I");
        ELEMENTS.put("MI", "%M");
        ELEMENTS.put("SS", "%S");
        ELEMENTS.put("AM", "%p");
        ELEMENTS.put("PM", "%p");
    }

    private TimeFormats() {}

    static String toStrftime(String snowflake) throws SnowflakeSqlException {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < snowflake.length()) {
            char c = snowflake.charAt(i);
            if (c == '"') {
                int close = snowflake.indexOf('"', i + 1);
                if (close < 0) {
                    throw SnowflakeSqlException.invalid("unterminated quoted text in the format '" + snowflake + "'");
                }
                out.append(snowflake.substring(i + 1, close).replace("%", "%%"));
                i = close + 1;
                continue;
            }
            String element = elementAt(snowflake, i);
            if (element != null) {
                if (element.equals("TZH")) {
                    // TZH:TZM is one offset in strftime
                    int next = i + 3;
                    if (snowflake.regionMatches(true, next, ":TZM", 0, 4)) {
                        i = next + 4;
                    } else {
                        i = next;
                    }
                    out.append("%z");
                    continue;
                }
                out.append(ELEMENTS.get(element));
                i += element.length();
                continue;
            }
            if (Character.isLetter(c)) {
                throw SnowflakeSqlException.unsupported("the format element at '" + snowflake.substring(i) + "' in '"
                        + snowflake + "'", "use YYYY, MM, MON, DD, DY, HH24, HH12, AM, MI, SS, FF3, FF6, FF9, TZH:TZM");
            }
            out.append(c == '%' ? "%%" : String.valueOf(c));
            i++;
        }
        return out.toString();
    }

    private static String elementAt(String format, int at) {
        String rest = format.substring(at).toUpperCase(Locale.ROOT);
        for (String element : ELEMENTS.keySet()) {
            if (rest.startsWith(element)) {
                return element;
            }
        }
        return null;
    }
}
