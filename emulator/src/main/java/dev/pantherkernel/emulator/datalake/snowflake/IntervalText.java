package dev.pantherkernel.emulator.datalake.snowflake;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads interval text: Snowflake's {@code INTERVAL '1 day, 2 hours'} and Panther's macro offsets ({@code '1 day'},
 * {@code '6 hours'}, {@code 90m}, {@code '1 d'}), as numbers followed by date parts, with or without spaces.
 */
final class IntervalText {
    record Piece(String number, DatePart part) {}

    private IntervalText() {}

    static List<Piece> pieces(String text) throws SnowflakeSqlException {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        String s = text.trim();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
                continue;
            }
            int start = i;
            if (c == '-' || c == '+') {
                i++;
            }
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
            if (number.isEmpty() || number.equals("-") || number.equals("+")) {
                throw SnowflakeSqlException.invalid("invalid interval '" + text + "': expected a number before '" + unit + "'");
            }
            if (unit.isEmpty()) {
                throw SnowflakeSqlException.invalid("invalid interval '" + text + "': " + number + " needs a unit, as in '"
                        + number + " days'");
            }
            DatePart part = DatePart.of(unit).orElseThrow(() -> SnowflakeSqlException.invalid("invalid interval '" + text
                    + "': unknown unit '" + unit + "'"));
            pieces.add(new Piece(number, part));
        }
        if (pieces.isEmpty()) {
            throw SnowflakeSqlException.invalid("invalid interval '" + text + "'");
        }
        return pieces;
    }

    /** DuckDB's interval for Snowflake interval text. */
    static String toDuckDb(String text) throws SnowflakeSqlException {
        List<String> terms = new ArrayList<>();
        for (Piece p : pieces(text)) {
            terms.add(p.part().interval(p.number()));
        }
        return terms.size() == 1 ? terms.get(0) : "(" + String.join(" + ", terms) + ")";
    }

    /** A Panther macro offset in seconds: a plain number is seconds; months and years have no fixed length. */
    static double seconds(String text) throws SnowflakeSqlException {
        String s = text.trim();
        if (s.matches("[0-9]+(\\.[0-9]+)?")) {
            return Double.parseDouble(s);
        }
        double total = 0;
        for (Piece p : pieces(s)) {
            if (p.part().seconds == 0) {
                throw SnowflakeSqlException.invalid("the offset '" + text + "' uses " + p.part().duckDb
                        + "s, which have no fixed length; use weeks, days, hours, minutes or seconds");
            }
            total += Double.parseDouble(p.number()) * p.part().seconds;
        }
        return total;
    }
}
