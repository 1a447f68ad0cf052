package dev.pantherkernel.magics.datalake.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the SQL sent a data lake error points. Snowflake (so Panther, and the demo) names a line and a position
 * from 0 ({@code syntax error line 4 at position 27}, {@code error line 1 at position 7 invalid identifier 'X'}); an
 * object it cannot find ({@code Object 'X' does not exist or not authorized.}), a name without a place, or an unknown
 * function it names only, and the name is looked for among the SQL's tokens (never in strings or comments).
 */
final class SqlErrorPlace {

    private static final Pattern LINE_POSITION = Pattern.compile("line (\\d+) at position (\\d+)");
    private static final Pattern OBJECT = Pattern.compile("Object '([^']+)' does not exist");
    private static final Pattern IDENTIFIER = Pattern.compile("invalid identifier '([^']+)'");
    private static final Pattern FUNCTION = Pattern.compile("Unknown function ([A-Za-z_][A-Za-z0-9_$]*)");
    /** What a placed message says stands at its place. */
    private static final Pattern WHAT = Pattern.compile("(?:unexpected|invalid identifier) '([^']+)'");

    private SqlErrorPlace() {
    }

    /** The offset in {@code sql} that {@code message} points at; empty when it names no place found there. */
    public static OptionalInt of(String message, String sql) {
        Matcher place = LINE_POSITION.matcher(message);
        List<SqlToken> tokens = SqlScanner.code(sql);
        if (place.find()) {
            OptionalInt at = offset(sql, Integer.parseInt(place.group(1)), Integer.parseInt(place.group(2)));
            Matcher what = WHAT.matcher(message);
            return at.isPresent() && what.find() ? OptionalInt.of(checked(sql, tokens, at.getAsInt(), what.group(1))) : at;
        }
        Matcher object = OBJECT.matcher(message);
        if (object.find()) {
            return name(tokens, parts(object.group(1)), true);
        }
        Matcher identifier = IDENTIFIER.matcher(message);
        if (identifier.find()) {
            return name(tokens, parts(identifier.group(1)), false);
        }
        Matcher function = FUNCTION.matcher(message);
        if (function.find()) {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (tokens.get(i).isWord(function.group(1)) && tokens.get(i + 1).isSymbol('(')) {
                    return OptionalInt.of(tokens.get(i).start());
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Line {@code line} (from 1), position {@code position} (from 0) of {@code sql}; the line's end at most. */
    private static OptionalInt offset(String sql, int line, int position) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int newline = sql.indexOf('\n', start);
            if (newline < 0) {
                return OptionalInt.empty();
            }
            start = newline + 1;
        }
        int end = sql.indexOf('\n', start);
        return OptionalInt.of(Math.min(start + position, end < 0 ? sql.length() : end));
    }

    /**
     * {@code at}, if {@code expected} stands there; else where it stands on the same line, the last place before
     * {@code at} first. Panther expands its {@code p_occurs_*} macros before Snowflake reads the SQL, so a place after
     * one on its line is further right than in the SQL sent; the line is the same (the expansions are one line).
     */
    private static int checked(String sql, List<SqlToken> tokens, int at, String expected) {
        if (standsAt(sql, at, expected)) {
            return at;
        }
        int lineStart = sql.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int newline = sql.indexOf('\n', at);
        int lineEnd = newline < 0 ? sql.length() : newline;
        int before = -1;
        int after = -1;
        for (SqlToken token : tokens) {
            int start = token.start();
            if (start < lineStart || start >= lineEnd || !standsAt(sql, start, expected)) {
                continue;
            }
            if (start <= at) {
                before = start;
            } else if (after < 0) {
                after = start;
            }
        }
        return before >= 0 ? before : after >= 0 ? after : at;
    }

    /** Whether {@code expected} is written at {@code at}, whole (not the start of a longer name). */
    private static boolean standsAt(String sql, int at, String expected) {
        int end = at + expected.length();
        if (!sql.regionMatches(true, at, expected, 0, expected.length())) {
            return false;
        }
        return end >= sql.length() || !Character.isLetterOrDigit(expected.charAt(expected.length() - 1))
                || !(Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$');
    }

    /** {@code A.B."c"} as its parts, quotes removed. */
    private static List<String> parts(String dotted) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : dotted.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /**
     * Where the name whose last parts are {@code parts} is written: the start of the longest run of its parts found
     * (a qualified column, a table qualified or not), a table after FROM or JOIN first.
     */
    private static OptionalInt name(List<SqlToken> tokens, List<String> parts, boolean table) {
        String last = parts.get(parts.size() - 1);
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (!isName(tokens, i) || !tokens.get(i).identifier().equalsIgnoreCase(last)) {
                continue;
            }
            int start = i;
            int matched = 1;
            while (start >= 2 && tokens.get(start - 1).isSymbol('.') && isName(tokens, start - 2)) {
                start -= 2;
                int part = parts.size() - 1 - (i - start) / 2;
                matched += part >= 0 && tokens.get(start).identifier().equalsIgnoreCase(parts.get(part)) ? 1 : 0;
            }
            boolean afterFrom = start > 0 && (tokens.get(start - 1).isWord("FROM") || tokens.get(start - 1).isWord("JOIN"));
            int score = matched * 2 + (table && afterFrom ? 1 : 0);
            if (score > bestScore) {
                best = tokens.get(start).start();
                bestScore = score;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    private static boolean isName(List<SqlToken> tokens, int i) {
        SqlToken token = tokens.get(i);
        return (token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED)
                && !SqlPaths.isPathKey(tokens, i) && !SqlPaths.isCastType(tokens, i);
    }
}
