package dev.pantherkernel.magics.datalake.sql;

import java.util.Locale;

/** One token of SQL text, with where it stands ({@code start} inclusive, {@code end} exclusive). */
record SqlToken(Kind kind, String text, int start, int end) {

    enum Kind {
        /** An unquoted identifier or keyword. */
        WORD,
        /** A double-quoted identifier. */
        QUOTED,
        /** A string literal, single-quoted or {@code $$}-quoted. */
        STRING,
        NUMBER,
        /** Any other character, one at a time. */
        SYMBOL,
        /** {@code -- ...}, {@code // ...} or a block comment. */
        COMMENT
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.charAt(0) == symbol;
    }

    /** An identifier as the catalog spells it: a quoted one without its quotes, an unquoted one as written. */
    String identifier() {
        return kind == Kind.QUOTED ? text.substring(1, text.length() - 1).replace("\"\"", "\"") : text;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
