package dev.pantherkernel.emulator.datalake.snowflake;

import java.util.List;
import java.util.Set;

/** The tokens of one statement with a read position, for the parsers. */
final class Tokens {
    /** Words that end an expression or a FROM item, so they are never read as an alias without AS. */
    private static final Set<String> NOT_ALIASES = Set.of("FROM", "WHERE", "GROUP", "HAVING", "QUALIFY", "ORDER", "LIMIT",
            "OFFSET", "FETCH", "UNION", "EXCEPT", "MINUS", "INTERSECT", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS",
            "NATURAL", "ON", "USING", "LATERAL", "WINDOW", "AS", "AND", "OR", "NOT", "IS", "IN", "LIKE", "ILIKE", "RLIKE",
            "REGEXP", "BETWEEN", "ASC", "DESC", "NULLS", "WHEN", "THEN", "ELSE", "END", "SELECT", "WITH", "SAMPLE",
            "TABLESAMPLE", "CONNECT", "START", "MATCH_RECOGNIZE", "PIVOT", "UNPIVOT", "OVER", "WITHIN", "EXCLUDE", "ASOF",
            "OUTER", "VALUES", "RENAME", "REPLACE", "BY", "IGNORE", "RESPECT");

    private final String sql;
    private final List<Token> tokens;
    private int at;

    Tokens(String sql, List<Token> tokens) {
        this.sql = sql;
        this.tokens = tokens;
    }

    String sql() {
        return sql;
    }

    Token peek() {
        return tokens.get(at);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(at);
        if (t.kind() != Token.Kind.END) {
            at++;
        }
        return t;
    }

    /** The token before the current one (for source text spans). */
    Token previous() {
        return tokens.get(Math.max(0, at - 1));
    }

    boolean atWord(String word) {
        return peek().isWord(word);
    }

    boolean atSymbol(String symbol) {
        return peek().isSymbol(symbol);
    }

    boolean atEnd() {
        return peek().kind() == Token.Kind.END;
    }

    /** Consumes the word if it is next. */
    boolean acceptWord(String word) {
        if (atWord(word)) {
            next();
            return true;
        }
        return false;
    }

    boolean acceptSymbol(String symbol) {
        if (atSymbol(symbol)) {
            next();
            return true;
        }
        return false;
    }

    Token expectWord(String word) throws SnowflakeSqlException {
        if (!atWord(word)) {
            throw unexpected(word);
        }
        return next();
    }

    Token expectSymbol(String symbol) throws SnowflakeSqlException {
        if (!atSymbol(symbol)) {
            throw unexpected("'" + symbol + "'");
        }
        return next();
    }

    Expr.Ident expectName() throws SnowflakeSqlException {
        Token t = peek();
        if (!t.isName()) {
            throw unexpected("a name");
        }
        next();
        return new Expr.Ident(t.value(), t.kind() == Token.Kind.QUOTED, t.start());
    }

    /** Whether the next token can be an alias written without AS. */
    boolean atImplicitAlias() {
        Token t = peek();
        return t.kind() == Token.Kind.QUOTED || t.kind() == Token.Kind.WORD && !NOT_ALIASES.contains(t.upper());
    }

    SnowflakeSqlException unexpected(String expected) {
        return SnowflakeSqlException.syntax(sql, peek().start(), "unexpected " + peek().shown()
                + (expected.isEmpty() ? "" : ", expected " + expected) + ".");
    }

    /** The source text from offset {@code start} to the end of the last token read. */
    String textFrom(int start) {
        return sql.substring(start, previous().end());
    }
}
