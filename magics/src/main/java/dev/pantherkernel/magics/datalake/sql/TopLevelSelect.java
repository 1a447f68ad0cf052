package dev.pantherkernel.magics.datalake.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.ArrayDeque;

/**
 * The top level of one data lake query, parsed from its tokens ({@link SqlScanner}): a {@code SELECT} (after any
 * {@code WITH}) and its clauses, each a run of tokens. Parentheses (subqueries, calls, {@code OVER (...)}) and
 * brackets nest; only what stands outside them is the top level. Keys of Snowflake paths and the types of casts are
 * never keywords ({@link SqlPaths}). This is what splitting a query by time must know: whether its top level treats
 * rows one by one, its {@code WHERE} conditions, and how it orders the rows.
 */
final class TopLevelSelect {

    /** Aggregate functions of Snowflake: a call to one (without {@code OVER}) makes the query an aggregation. */
    static final Set<String> AGGREGATES = Set.of("COUNT", "COUNT_IF", "SUM", "AVG", "MIN", "MAX", "ANY_VALUE", "MEDIAN",
            "MODE", "APPROX_COUNT_DISTINCT", "HLL", "APPROX_PERCENTILE", "APPROX_TOP_K", "ARRAY_AGG", "ARRAY_UNIQUE_AGG",
            "OBJECT_AGG", "LISTAGG", "STDDEV", "STDDEV_POP", "STDDEV_SAMP", "VARIANCE", "VAR_POP", "VAR_SAMP",
            "VARIANCE_POP", "VARIANCE_SAMP", "BOOLOR_AGG", "BOOLAND_AGG", "BOOLXOR_AGG", "BITAND_AGG", "BITOR_AGG",
            "BITXOR_AGG", "MAX_BY", "MIN_BY", "PERCENTILE_CONT", "PERCENTILE_DISC", "CORR", "COVAR_POP", "COVAR_SAMP",
            "KURTOSIS", "SKEW", "GROUPING", "GROUPING_ID", "HASH_AGG", "MINHASH", "ARRAY_UNION_AGG", "REGR_AVGX",
            "REGR_AVGY", "REGR_COUNT", "REGR_INTERCEPT", "REGR_R2", "REGR_SLOPE", "REGR_SXX", "REGR_SXY", "REGR_SYY");

    private static final Set<String> CLAUSES = Set.of("FROM", "WHERE", "GROUP", "HAVING", "QUALIFY", "WINDOW", "ORDER",
            "LIMIT", "OFFSET", "FETCH", "UNION", "EXCEPT", "MINUS", "INTERSECT");

    /** A run of tokens {@code [from, to)} of {@link #tokens()}. */
    record Span(int from, int to) {
        boolean isEmpty() {
            return from >= to;
        }
    }

    /** One {@code ORDER BY} item: its expression, and whether it goes down. */
    record OrderItem(Span expression, boolean descending) {
    }

    private final String sql;
    private final List<SqlToken> tokens;
    private final boolean[] word;
    private final int[] partner;
    private boolean select;
    private boolean distinct;
    private boolean top;
    private boolean setOperation;
    private final List<String> clauses = new ArrayList<>();
    private final List<Span> items = new ArrayList<>();
    private Span where;
    private final List<OrderItem> orderBy = new ArrayList<>();

    private TopLevelSelect(String sql, List<SqlToken> tokens) {
        this.sql = sql;
        this.tokens = tokens;
        this.word = new boolean[tokens.size()];
        this.partner = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            word[i] = tokens.get(i).kind() == SqlToken.Kind.WORD && !SqlPaths.isPathKey(tokens, i)
                    && !SqlPaths.isCastType(tokens, i);
        }
        pairBrackets();
        parse();
    }

    /** The top level of {@code sql} (a trailing {@code ;} is left out), from its tokens. */
    static TopLevelSelect of(ParsedSql sql) {
        List<SqlToken> code = new ArrayList<>(sql.code());
        if (!code.isEmpty() && code.get(code.size() - 1).isSymbol(';')) {
            code.remove(code.size() - 1);
        }
        return new TopLevelSelect(sql.text(), code);
    }

    List<SqlToken> tokens() {
        return tokens;
    }

    /** Whether it is one {@code SELECT} (possibly after {@code WITH}), not a set operation of several. */
    boolean isSelect() {
        return select && !setOperation;
    }

    boolean isSetOperation() {
        return setOperation;
    }

    boolean isDistinct() {
        return distinct;
    }

    /** {@code LIMIT}, {@code OFFSET}, {@code FETCH} or {@code SELECT TOP}. */
    boolean hasLimit() {
        return top || has("LIMIT") || has("OFFSET") || has("FETCH");
    }

    boolean hasGroupBy() {
        return has("GROUP") || has("HAVING");
    }

    boolean hasQualify() {
        return has("QUALIFY");
    }

    /** The first call, outside subqueries, to an aggregate function (without {@code OVER}) in the select list. */
    Optional<String> aggregateCall() {
        return call(true);
    }

    /** The first window function ({@code name(...) OVER}) in the select list, outside subqueries. */
    Optional<String> windowCall() {
        return call(false);
    }

    /** The {@code WHERE} condition; empty when there is none. */
    Optional<Span> where() {
        return Optional.ofNullable(where);
    }

    List<OrderItem> orderBy() {
        return List.copyOf(orderBy);
    }

    /** The text of a span, as the query writes it. */
    String text(Span span) {
        return span.isEmpty() ? "" : sql.substring(tokens.get(span.from()).start(), tokens.get(span.to() - 1).end());
    }

    /** The index of the bracket that closes (or opens) the one at {@code i}; -1 for a token that is none or unpaired. */
    int partner(int i) {
        return partner[i];
    }

    /** Whether token {@code i} is the keyword {@code keyword} (not a path key or a cast's type). */
    boolean isKeyword(int i, String keyword) {
        return i >= 0 && i < tokens.size() && word[i] && tokens.get(i).text().equalsIgnoreCase(keyword);
    }

    private boolean has(String clause) {
        return clauses.contains(clause);
    }

    private void pairBrackets() {
        ArrayDeque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            partner[i] = -1;
            SqlToken t = tokens.get(i);
            if (t.isSymbol('(') || t.isSymbol('[')) {
                open.push(i);
            } else if ((t.isSymbol(')') || t.isSymbol(']')) && !open.isEmpty()) {
                int o = open.pop();
                partner[o] = i;
                partner[i] = o;
            }
        }
    }

    /** The next token after {@code i} at the same depth (skipping a bracketed group that opens at {@code i}). */
    private int next(int i) {
        SqlToken t = tokens.get(i);
        return (t.isSymbol('(') || t.isSymbol('[')) && partner[i] > i ? partner[i] + 1 : i + 1;
    }

    private void parse() {
        int i = 0;
        if (isKeyword(0, "WITH")) {
            while (i < tokens.size() && !isKeyword(i, "SELECT")) {
                i = next(i);
            }
        }
        if (!isKeyword(i, "SELECT")) {
            return;
        }
        select = true;
        i++;
        if (isKeyword(i, "DISTINCT")) {
            distinct = true;
            i++;
        } else if (isKeyword(i, "ALL")) {
            i++;
        }
        if (isKeyword(i, "TOP")) {
            top = true;
            i += 2;
        }
        String clause = "SELECT";
        int start = i;
        while (i <= tokens.size()) {
            String next = i == tokens.size() ? "" : clauseAt(i);
            if (i == tokens.size() || next != null) {
                close(clause, new Span(start, i));
                if (i == tokens.size() || setOperation) {
                    return;
                }
                clause = next;
                clauses.add(next);
                i += next.equals("GROUP") || next.equals("ORDER") ? 2 : 1;
                start = i;
                setOperation |= Set.of("UNION", "EXCEPT", "MINUS", "INTERSECT").contains(next);
                continue;
            }
            i = next(i);
        }
    }

    /** The clause keyword at {@code i} ({@code GROUP} and {@code ORDER} only before {@code BY}), or null. */
    private String clauseAt(int i) {
        if (!word[i]) {
            return null;
        }
        String upper = tokens.get(i).upper();
        if (!CLAUSES.contains(upper)) {
            return null;
        }
        if ((upper.equals("GROUP") || upper.equals("ORDER")) && !isKeyword(i + 1, "BY")) {
            return null;
        }
        return upper;
    }

    private void close(String clause, Span span) {
        switch (clause) {
            case "SELECT" -> items.addAll(split(span));
            case "WHERE" -> where = span;
            case "ORDER" -> {
                for (Span item : split(span)) {
                    int to = item.to();
                    if (isKeyword(to - 2, "NULLS")) {
                        to -= 2;
                    }
                    boolean descending = isKeyword(to - 1, "DESC");
                    if (descending || isKeyword(to - 1, "ASC")) {
                        to--;
                    }
                    orderBy.add(new OrderItem(new Span(item.from(), to), descending));
                }
            }
            default -> {
            }
        }
    }

    /** A span split at its top-level commas. */
    List<Span> split(Span span) {
        List<Span> parts = new ArrayList<>();
        int start = span.from();
        for (int i = span.from(); i < span.to(); i = next(i)) {
            if (tokens.get(i).isSymbol(',')) {
                parts.add(new Span(start, i));
                start = i + 1;
            }
        }
        if (start < span.to()) {
            parts.add(new Span(start, span.to()));
        }
        return parts;
    }

    private Optional<String> call(boolean aggregate) {
        for (Span item : items) {
            Optional<String> found = call(item.from(), item.to(), aggregate);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A call in tokens {@code [from, to)}, looking into calls and groups but not into subqueries. */
    private Optional<String> call(int from, int to, boolean aggregate) {
        for (int i = from; i < to; i++) {
            SqlToken t = tokens.get(i);
            if (t.isSymbol('(') && (isKeyword(i + 1, "SELECT") || isKeyword(i + 1, "WITH")) && partner[i] > i) {
                i = partner[i];
                continue;
            }
            if (!word[i] || i + 1 >= to || !tokens.get(i + 1).isSymbol('(') || partner[i + 1] < 0) {
                continue;
            }
            int after = partner[i + 1] + 1;
            if (isKeyword(after, "WITHIN") && isKeyword(after + 1, "GROUP") && after + 2 < tokens.size()
                    && partner[after + 2] > 0) {
                after = partner[after + 2] + 1;
            }
            boolean over = isKeyword(after, "OVER");
            String name = t.upper();
            if (aggregate ? !over && AGGREGATES.contains(name) : over) {
                return Optional.of(name.toLowerCase(Locale.ROOT) + "(...)" + (over ? " OVER" : ""));
            }
        }
        return Optional.empty();
    }
}
