package dev.pantherkernel.emulator.datalake.snowflake;

import java.util.Locale;

/**
 * One token of Snowflake SQL. {@code text} is the token as written, {@code value} what it means: a string literal
 * without its quotes and escapes, a quoted identifier without its quotes, anything else as written.
 */
record Token(Kind kind, String text, String value, int start, int end) {

    enum Kind {
        /** An unquoted identifier or keyword. */
        WORD,
        /** A double-quoted identifier. */
        QUOTED,
        /** A string literal, single-quoted or {@code $$}-quoted. */
        STRING,
        NUMBER,
        /** An operator or punctuation: {@code ::}, {@code =>}, {@code :}, {@code ||}, {@code <=}, {@code (} ... */
        SYMBOL,
        END
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** A name: an unquoted word or a quoted identifier. */
    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    /** How an error message shows the token. */
    String shown() {
        return kind == Kind.END ? "end of input" : "'" + text + "'";
    }
}
