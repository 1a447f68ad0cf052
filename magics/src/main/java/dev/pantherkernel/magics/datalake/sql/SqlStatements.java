package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import java.util.List;
import java.util.Optional;

/** What completion inside a {@code %%panther sql} cell needs to know about SQL text, apart from the catalog. */
@Internal
public final class SqlStatements {

    /** Panther's time macros with their arguments, as an analyst writes them in a WHERE clause. */
    public static final List<String> TIME_MACROS = List.of(
            "p_occurs_since(offset [, tableAlias [, column]])",
            "p_occurs_between(startTime, endTime [, tableAlias [, column]])",
            "p_occurs_around(timestamp, offset [, tableAlias [, column]])",
            "p_occurs_after(timestamp [, tableAlias [, column]])",
            "p_occurs_before(timestamp [, tableAlias [, column]])");

    /** The types a {@code ::} cast names, as analysts write them in Panther's docs. */
    public static final List<String> CAST_TYPES = List.of("string", "varchar", "number", "int", "float", "boolean",
            "timestamp", "timestamp_ntz", "timestamp_ltz", "date", "time", "variant", "object", "array");

    /** Where a cursor stands in SQL text, as far as completion cares. */
    public enum Spot {
        /** In code, where names, keywords and functions go. */
        CODE,
        /** Inside a string literal, a quoted name or a comment: nothing to complete. */
        LITERAL,
        /** A key of a semi-structured path ({@code actor:alt|}): the catalog does not know keys. */
        PATH_KEY,
        /** The type of a {@code ::} cast ({@code x::str|}). */
        CAST_TYPE
    }

    private SqlStatements() {
    }

    /**
     * The tables the statement names after {@code FROM} and {@code JOIN} (whose columns completion offers), found by
     * scanning tokens as {@link SqlFacts} does; look each up with {@link DataLakeCatalog#table}.
     */
    public static List<TableName> tablesIn(String sql) {
        return SqlFacts.of(sql).tables();
    }

    /** What the word ending at {@code cursor} is (or the word that would start there). */
    public static Spot spotAt(String sql, int cursor) {
        List<SqlToken> tokens = SqlScanner.tokens(sql.substring(0, Math.min(cursor, sql.length())));
        if (tokens.isEmpty()) {
            return Spot.CODE;
        }
        SqlToken last = tokens.get(tokens.size() - 1);
        boolean touching = last.end() == cursor;
        if (touching && isLiteral(last) && !closed(last)) {
            return Spot.LITERAL;
        }
        if (touching && last.kind() == SqlToken.Kind.COMMENT
                && !(last.text().startsWith("/*") && last.text().length() >= 4 && last.text().endsWith("*/"))) {
            return Spot.LITERAL;
        }
        List<SqlToken> code = tokens.stream().filter(t -> t.kind() != SqlToken.Kind.COMMENT).toList();
        if (code.isEmpty()) {
            return Spot.CODE;
        }
        int word = code.size() - 1;
        boolean typing = code.get(word).end() == cursor && code.get(word).kind() == SqlToken.Kind.WORD;
        if (typing) {
            if (SqlPaths.isPathKey(code, word)) {
                return Spot.PATH_KEY;
            }
            return SqlPaths.isCastType(code, word) ? Spot.CAST_TYPE : Spot.CODE;
        }
        SqlToken previous = code.get(word);
        if (previous.isSymbol(':') && previous.end() == cursor) {
            return SqlPaths.isDoubleColon(code, word) ? Spot.CAST_TYPE : Spot.PATH_KEY;
        }
        if (previous.isSymbol('.') && previous.end() == cursor && word >= 1
                && (SqlPaths.isPathKey(code, word - 1) || code.get(word - 1).isSymbol(']'))) {
            return Spot.PATH_KEY;
        }
        return Spot.CODE;
    }

    /**
     * For a cursor on a path key ({@code actor:altern|ateId}), the column the path starts from ({@code actor}) and
     * the path as written ({@code actor:alternateId}); empty elsewhere.
     */
    public static Optional<String[]> pathAt(String sql, int cursor) {
        List<SqlToken> tokens = SqlScanner.code(sql);
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.start() <= cursor && cursor <= t.end() && SqlPaths.isPathKey(tokens, i)) {
                int root = i;
                while (root > 0) {
                    if (SqlPaths.isPathKey(tokens, root)) {
                        root -= 2;
                    } else if (tokens.get(root).isSymbol(']')) {
                        root = open(tokens, root) - 1;
                    } else {
                        break;
                    }
                }
                if (root < 0 || tokens.get(root).kind() == SqlToken.Kind.SYMBOL) {
                    return Optional.empty();
                }
                return Optional.of(new String[] {tokens.get(root).identifier(), sql.substring(tokens.get(root).start(), t.end())});
            }
        }
        return Optional.empty();
    }

    /** The index of the {@code [} that the {@code ]} at {@code close} ends (0 when there is none). */
    private static int open(List<SqlToken> tokens, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            if (tokens.get(i).isSymbol(']')) {
                depth++;
            } else if (tokens.get(i).isSymbol('[') && --depth == 0) {
                return i;
            }
        }
        return 0;
    }

    private static boolean isLiteral(SqlToken t) {
        return t.kind() == SqlToken.Kind.STRING || t.kind() == SqlToken.Kind.QUOTED;
    }

    /** Whether a literal's closing quote is there (the scanner runs an unterminated one to the end). */
    private static boolean closed(SqlToken t) {
        String text = t.text();
        if (text.startsWith("$$")) {
            return text.length() >= 4 && text.endsWith("$$");
        }
        char quote = text.charAt(0);
        return text.length() >= 2 && text.charAt(text.length() - 1) == quote;
    }
}
