package dev.pantherkernel.emulator.datalake.snowflake;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Snowflake SQL into tokens: string literals ({@code '...'} with {@code ''} and backslash escapes, and
 * {@code $$...$$}), double-quoted identifiers, comments ({@code --}, {@code //} and block comments, dropped here),
 * words, numbers and the operators {@code ::}, {@code =>}, {@code :}, {@code ||}, {@code <=}, {@code >=},
 * {@code <>}, {@code !=}, {@code ->}. An unterminated literal, identifier or comment is a syntax error.
 */
final class Lexer {
    private static final Set<String> TWO_CHAR = Set.of("::", "=>", "<=", ">=", "<>", "!=", "||", "->", "==");
    private static final String ONE_CHAR = "(),.;:+-*/%=<>[]{}?^&|~!@$#";

    private final String sql;
    private int at;

    private Lexer(String sql) {
        this.sql = sql;
    }

    static List<Token> tokens(String sql) throws SnowflakeSqlException {
        return new Lexer(sql).all();
    }

    private List<Token> all() throws SnowflakeSqlException {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (at >= sql.length()) {
                out.add(new Token(Token.Kind.END, "", "", sql.length(), sql.length()));
                return out;
            }
            out.add(next());
        }
    }

    private void skipSpaceAndComments() throws SnowflakeSqlException {
        while (at < sql.length()) {
            char c = sql.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
            } else if (sql.startsWith("--", at) || sql.startsWith("//", at)) {
                int newline = sql.indexOf('\n', at);
                at = newline < 0 ? sql.length() : newline + 1;
            } else if (sql.startsWith("/*", at)) {
                int close = sql.indexOf("*/", at + 2);
                if (close < 0) {
                    throw SnowflakeSqlException.syntax(sql, at, "unterminated comment");
                }
                at = close + 2;
            } else {
                return;
            }
        }
    }

    private Token next() throws SnowflakeSqlException {
        int start = at;
        char c = sql.charAt(at);
        if (sql.startsWith("$$", at)) {
            int close = sql.indexOf("$$", at + 2);
            if (close < 0) {
                throw SnowflakeSqlException.syntax(sql, start, "unterminated string literal");
            }
            at = close + 2;
            return token(Token.Kind.STRING, start, sql.substring(start + 2, close));
        }
        if (c == '\'') {
            return stringLiteral(start);
        }
        if (c == '"') {
            return quotedIdentifier(start);
        }
        if (Character.isLetter(c) || c == '_') {
            at++;
            while (at < sql.length() && isWordPart(sql.charAt(at))) {
                at++;
            }
            return token(Token.Kind.WORD, start, sql.substring(start, at));
        }
        if (Character.isDigit(c) || c == '.' && at + 1 < sql.length() && Character.isDigit(sql.charAt(at + 1))) {
            return number(start);
        }
        if (at + 1 < sql.length() && TWO_CHAR.contains(sql.substring(at, at + 2))) {
            at += 2;
            return token(Token.Kind.SYMBOL, start, sql.substring(start, at));
        }
        if (ONE_CHAR.indexOf(c) >= 0) {
            at++;
            return token(Token.Kind.SYMBOL, start, String.valueOf(c));
        }
        throw SnowflakeSqlException.syntax(sql, start, "unexpected '" + c + "'");
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private Token number(int start) {
        while (at < sql.length() && Character.isDigit(sql.charAt(at))) {
            at++;
        }
        if (at < sql.length() && sql.charAt(at) == '.') {
            at++;
            while (at < sql.length() && Character.isDigit(sql.charAt(at))) {
                at++;
            }
        }
        if (at + 1 < sql.length() && (sql.charAt(at) == 'e' || sql.charAt(at) == 'E')) {
            int exponent = at + 1;
            if (exponent < sql.length() && (sql.charAt(exponent) == '+' || sql.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < sql.length() && Character.isDigit(sql.charAt(exponent))) {
                at = exponent;
                while (at < sql.length() && Character.isDigit(sql.charAt(at))) {
                    at++;
                }
            }
        }
        return token(Token.Kind.NUMBER, start, sql.substring(start, at));
    }

    /** {@code '...'}: a doubled quote is one quote, and a backslash escapes the next character (Snowflake's rules). */
    private Token stringLiteral(int start) throws SnowflakeSqlException {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && i + 1 < sql.length()) {
                value.append(unescape(sql.charAt(i + 1)));
                i += 2;
            } else if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                value.append('\'');
                i += 2;
            } else if (c == '\'') {
                at = i + 1;
                return token(Token.Kind.STRING, start, value.toString());
            } else {
                value.append(c);
                i++;
            }
        }
        throw SnowflakeSqlException.syntax(sql, start, "unterminated string literal");
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case '0' -> '\0';
            default -> c;
        };
    }

    private Token quotedIdentifier(int start) throws SnowflakeSqlException {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '"' && i + 1 < sql.length() && sql.charAt(i + 1) == '"') {
                value.append('"');
                i += 2;
            } else if (c == '"') {
                at = i + 1;
                return token(Token.Kind.QUOTED, start, value.toString());
            } else {
                value.append(c);
                i++;
            }
        }
        throw SnowflakeSqlException.syntax(sql, start, "unterminated quoted identifier");
    }

    private Token token(Token.Kind kind, int start, String value) {
        return new Token(kind, sql.substring(start, at), value, start, at);
    }
}
