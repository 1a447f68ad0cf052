package dev.pantherkernel.magics.datalake.sql;

import java.util.List;

/**
 * Snowflake's semi-structured paths in a token list: in {@code actor:alternateId::string}, {@code alternateId} is a
 * key of the value of {@code actor} (after a single colon, or after a dot or bracket that continues such a path),
 * not a column, and {@code string} after the double colon is a type. The kernel's checks must not read either as
 * a column, a table or a clause.
 */
final class SqlPaths {

    private SqlPaths() {
    }

    /** Whether the token at {@code i} is a key of a path ({@code a:key}, {@code a:b.key}), not a name of its own. */
    static boolean isPathKey(List<SqlToken> tokens, int i) {
        if (i < 1 || !isNameToken(tokens.get(i))) {
            return false;
        }
        SqlToken before = tokens.get(i - 1);
        if (before.isSymbol(':')) {
            return !isDoubleColon(tokens, i - 1);
        }
        if (before.isSymbol('.') && i >= 2) {
            SqlToken owner = tokens.get(i - 2);
            return isPathKey(tokens, i - 2) || owner.isSymbol(']');
        }
        return false;
    }

    /** Whether the token at {@code i} names the type of a {@code ::} cast. */
    static boolean isCastType(List<SqlToken> tokens, int i) {
        return i >= 2 && tokens.get(i).kind() == SqlToken.Kind.WORD && tokens.get(i - 1).isSymbol(':')
                && isDoubleColon(tokens, i - 1);
    }

    /** Whether the colon at {@code i} is one half of {@code ::}. */
    static boolean isDoubleColon(List<SqlToken> tokens, int i) {
        SqlToken colon = tokens.get(i);
        boolean withBefore = i >= 1 && tokens.get(i - 1).isSymbol(':') && tokens.get(i - 1).end() == colon.start();
        boolean withAfter = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol(':') && tokens.get(i + 1).start() == colon.end();
        return withBefore || withAfter;
    }

    private static boolean isNameToken(SqlToken t) {
        return t.kind() == SqlToken.Kind.WORD || t.kind() == SqlToken.Kind.QUOTED;
    }
}
