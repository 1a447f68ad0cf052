package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.Internal;
import java.util.List;

/**
 * One SQL text, scanned once: its tokens, and what the kernel reads from them, each read at most once: the facts
 * ({@link SqlFacts}) and the top level ({@link TopLevelSelect}). A cell's SQL goes through the template, the facts,
 * the limit and the partition plan as one of these, so none of them scans the text again.
 */
@Internal
public final class ParsedSql {

    private final String text;
    private final List<SqlToken> tokens;
    private final List<SqlToken> code;
    private SqlFacts facts;
    private TopLevelSelect topLevel;

    private ParsedSql(String text, List<SqlToken> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.code = tokens.stream().filter(t -> t.kind() != SqlToken.Kind.COMMENT).toList();
    }

    public static ParsedSql of(String text) {
        return new ParsedSql(text, SqlScanner.tokens(text));
    }

    String text() {
        return text;
    }

    /** Every token, comments and literals too (placeholders are looked for among them). */
    List<SqlToken> tokens() {
        return tokens;
    }

    /** The tokens without comments: what the checks look at. */
    List<SqlToken> code() {
        return code;
    }

    /** {@code --limit N} on this SQL: {@code LIMIT limit} at its end, unless it is not a query, has one, or limit is 0. */
    public DerivedSql limited(long limit) {
        return LimitClause.applied(this, limit);
    }

    /** Whether {@link #limited} adds a LIMIT: {@code limit} is set, and this is a query without one. */
    public boolean limitAdded(long limit) {
        return LimitClause.adds(this, limit);
    }

    public synchronized SqlFacts facts() {
        if (facts == null) {
            facts = new SqlFacts(text, code);
        }
        return facts;
    }

    synchronized TopLevelSelect topLevel() {
        if (topLevel == null) {
            topLevel = TopLevelSelect.of(this);
        }
        return topLevel;
    }
}
