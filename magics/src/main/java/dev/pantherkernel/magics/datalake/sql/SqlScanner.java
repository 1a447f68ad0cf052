package dev.pantherkernel.magics.datalake.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens, the way Snowflake reads it: string literals ({@code '...'} with {@code ''} and
 * backslash escapes, and {@code $$...$$}), double-quoted identifiers, comments ({@code --}, {@code //} and block
 * comments), words, numbers and single-character symbols. It does not parse: it only lets the few checks the
 * kernel makes (placeholders, table names, time filters, LIMIT) tell code from literals and comments. Unterminated
 * literals and comments run to the end of the text.
 */
final class SqlScanner {

    private final String sql;
    private int at;

    private SqlScanner(String sql) {
        this.sql = sql;
    }

    static List<SqlToken> tokens(String sql) {
        return new SqlScanner(sql).all();
    }

    /** The tokens without comments: what the checks look at. */
    static List<SqlToken> code(String sql) {
        return tokens(sql).stream().filter(t -> t.kind() != SqlToken.Kind.COMMENT).toList();
    }

    private List<SqlToken> all() {
        List<SqlToken> out = new ArrayList<>();
        while (true) {
            while (at < sql.length() && Character.isWhitespace(sql.charAt(at))) {
                at++;
            }
            if (at >= sql.length()) {
                return out;
            }
            out.add(next());
        }
    }

    private SqlToken next() {
        int start = at;
        char c = sql.charAt(at);
        if (startsWith("--") || startsWith("//")) {
            at = lineEnd();
            return token(SqlToken.Kind.COMMENT, start);
        }
        if (startsWith("/*")) {
            int close = sql.indexOf("*/", at + 2);
            at = close < 0 ? sql.length() : close + 2;
            return token(SqlToken.Kind.COMMENT, start);
        }
        if (startsWith("$$")) {
            int close = sql.indexOf("$$", at + 2);
            at = close < 0 ? sql.length() : close + 2;
            return token(SqlToken.Kind.STRING, start);
        }
        if (c == '\'') {
            at = quotedEnd('\'', true);
            return token(SqlToken.Kind.STRING, start);
        }
        if (c == '"') {
            at = quotedEnd('"', false);
            return token(SqlToken.Kind.QUOTED, start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (at < sql.length() && (Character.isLetterOrDigit(sql.charAt(at)) || sql.charAt(at) == '_'
                    || sql.charAt(at) == '$')) {
                at++;
            }
            return token(SqlToken.Kind.WORD, start);
        }
        if (Character.isDigit(c)) {
            while (at < sql.length() && (Character.isLetterOrDigit(sql.charAt(at)) || sql.charAt(at) == '.')) {
                at++;
            }
            return token(SqlToken.Kind.NUMBER, start);
        }
        at++;
        return token(SqlToken.Kind.SYMBOL, start);
    }

    /** Where a literal opened at {@code at} ends: a doubled quote stays inside, and so may a backslash-escaped one. */
    private int quotedEnd(char quote, boolean backslashEscapes) {
        int i = at + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private boolean startsWith(String prefix) {
        return sql.startsWith(prefix, at);
    }

    private int lineEnd() {
        int newline = sql.indexOf('\n', at);
        return newline < 0 ? sql.length() : newline;
    }

    private SqlToken token(SqlToken.Kind kind, int start) {
        return new SqlToken(kind, sql.substring(start, Math.min(at, sql.length())), start, Math.min(at, sql.length()));
    }
}
