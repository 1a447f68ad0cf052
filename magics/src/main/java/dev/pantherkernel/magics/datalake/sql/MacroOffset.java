package dev.pantherkernel.magics.datalake.sql;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The offset of Panther's {@code p_occurs_*} macros as the kernel reads it to know a query's time window: a number
 * of seconds ({@code 3600}), or numbers with units ({@code '1 day'}, {@code '6 hours'}, {@code '1 d'}, {@code 90m},
 * {@code '1 day, 2 hours'}). Months and years have no fixed length and are not read.
 */
final class MacroOffset {

    private static final Map<String, Long> SECONDS = Map.ofEntries(
            Map.entry("s", 1L), Map.entry("sec", 1L), Map.entry("secs", 1L), Map.entry("second", 1L), Map.entry("seconds", 1L),
            Map.entry("m", 60L), Map.entry("min", 60L), Map.entry("mins", 60L), Map.entry("minute", 60L), Map.entry("minutes", 60L),
            Map.entry("h", 3600L), Map.entry("hr", 3600L), Map.entry("hrs", 3600L), Map.entry("hour", 3600L), Map.entry("hours", 3600L),
            Map.entry("d", 86_400L), Map.entry("day", 86_400L), Map.entry("days", 86_400L),
            Map.entry("w", 604_800L), Map.entry("week", 604_800L), Map.entry("weeks", 604_800L));

    private MacroOffset() {
    }

    /** The offset {@code text} stands for; an IllegalArgumentException when it is not one of the forms above. */
    static Duration parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        BigDecimal seconds = BigDecimal.ZERO;
        int i = 0;
        boolean any = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            String number = s.substring(start, i);
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int unitStart = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            String unit = s.substring(unitStart, i);
            if (number.isEmpty() || (unit.isEmpty() && (any || i < s.length())) || (!unit.isEmpty() && !SECONDS.containsKey(unit))) {
                throw new IllegalArgumentException("not an offset: " + text);
            }
            seconds = seconds.add(new BigDecimal(number).multiply(BigDecimal.valueOf(unit.isEmpty() ? 1 : SECONDS.get(unit))));
            any = true;
        }
        if (!any) {
            throw new IllegalArgumentException("not an offset: " + text);
        }
        return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
    }
}
