package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.Internal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The few facts the kernel needs about a statement, found by scanning its tokens (it is not a SQL parser, and is
 * conservative where that matters):
 * <ul>
 *   <li>{@link #tables()}: the names right after {@code FROM} or {@code JOIN}, and after commas of a {@code FROM}
 *       list (also after a join condition), at any depth; a name followed by {@code (} is a table function and is left out. Names of common table
 *       expressions come out too: the catalog does not know them, so they never count as log tables.</li>
 *   <li>{@link #hasTimeFilter()}: a call to a {@code p_occurs_*} macro anywhere, or {@code p_event_time} (bare or
 *       qualified) inside a {@code WHERE} clause, at any depth. One such filter counts for the whole statement.</li>
 *   <li>{@link #hasLimit()}: {@code LIMIT}, {@code FETCH} or {@code SELECT TOP} outside any parentheses, so a limit
 *       is never added to a statement that has its own.</li>
 *   <li>{@link #isQuery()}: the statement starts with {@code SELECT}, {@code WITH}, {@code FROM} or {@code (}; only
 *       queries get a {@code LIMIT} appended ({@code SHOW} and {@code DESCRIBE} do not).</li>
 * </ul>
 * Keys of Snowflake paths ({@code x:p_event_time}, {@code x:from}) and the types of {@code ::} casts are none of
 * these: {@link SqlPaths} tells them apart.
 */
@Internal
public final class SqlFacts {

    private static final Set<String> CLAUSES = Set.of("SELECT", "FROM", "WHERE", "GROUP", "HAVING", "QUALIFY", "ORDER",
            "LIMIT", "JOIN", "ON", "USING", "UNION", "EXCEPT", "MINUS", "INTERSECT", "WINDOW", "FETCH", "OFFSET");
    /** Clauses after which a comma (outside parentheses) names another table of the FROM list. */
    private static final Set<String> FROM_LIST = Set.of("FROM", "JOIN", "ON", "USING");

    private final String sql;
    private final List<SqlToken> tokens;
    private final List<TableName> tables = new ArrayList<>();
    private final List<String> timeFilters = new ArrayList<>();
    private boolean timeFilter;
    private boolean limit;

    /** From the comment-free tokens of {@code sql} ({@link ParsedSql#facts()} makes them). */
    SqlFacts(String sql, List<SqlToken> tokens) {
        this.sql = sql;
        this.tokens = tokens;
        scan();
    }

    public static SqlFacts of(String sql) {
        return ParsedSql.of(sql).facts();
    }

    public List<TableName> tables() {
        return List.copyOf(tables);
    }

    /**
     * The relations read named by one part ({@code alerts}), the ones a session's variables can answer to; in order,
     * once each.
     */
    public List<String> plainTableNames() {
        Set<String> out = new LinkedHashSet<>();
        for (TableName name : tables()) {
            if (name.database() == null && name.schema() == null) {
                out.add(name.table());
            }
        }
        return List.copyOf(out);
    }

    public boolean hasTimeFilter() {
        return timeFilter;
    }

    /** The {@code p_occurs_*} calls as written ({@code p_occurs_since('90 days')}): the query's time window. */
    public List<String> timeFilters() {
        return List.copyOf(timeFilters);
    }

    boolean hasLimit() {
        return limit;
    }

    boolean isQuery() {
        if (tokens.isEmpty()) {
            return false;
        }
        SqlToken first = tokens.get(0);
        return first.isWord("SELECT") || first.isWord("WITH") || first.isWord("FROM") || first.isSymbol('(');
    }

    private void scan() {
        Deque<Frame> outer = new ArrayDeque<>();
        Frame frame = new Frame("", 0);
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (SqlPaths.isPathKey(tokens, i) || SqlPaths.isCastType(tokens, i)) {
                continue; // a key in a path (actor:alternateId) or a cast's type (::string) is no name of the query
            }
            if (token.isSymbol('(')) {
                outer.push(frame);
            } else if (token.isSymbol(')')) {
                frame = outer.isEmpty() ? new Frame("", 0) : outer.pop();
            } else if (token.kind() == SqlToken.Kind.WORD && CLAUSES.contains(token.upper())) {
                frame = new Frame(token.upper(), outer.size());
                boolean topLevel = outer.isEmpty();
                limit |= topLevel && (frame.clause.equals("LIMIT") || frame.clause.equals("FETCH"));
                limit |= topLevel && frame.clause.equals("SELECT") && i + 1 < tokens.size() && tokens.get(i + 1).isWord("TOP");
                if (frame.clause.equals("FROM") || frame.clause.equals("JOIN")) {
                    table(i + 1);
                }
            } else if (token.isSymbol(',') && frame.depth == outer.size() && FROM_LIST.contains(frame.clause)) {
                table(i + 1);
            } else if (token.kind() == SqlToken.Kind.WORD) {
                String word = token.text().toLowerCase(Locale.ROOT);
                boolean call = i + 1 < tokens.size() && tokens.get(i + 1).isSymbol('(');
                if (word.startsWith("p_occurs_") && call) {
                    timeFilter = true;
                    timeFilters.add(callText(i));
                }
                timeFilter |= word.equals("p_event_time") && frame.clause.equals("WHERE");
            }
        }
    }

    /**
     * The clause a token is in, and the parenthesis depth where that clause began: inside parentheses the clause
     * goes on (a function call in a WHERE is still the WHERE) until a keyword starts another.
     */
    private record Frame(String clause, int depth) {
    }

    /** The text of the call whose name is token {@code i}, to its closing parenthesis (or the end). */
    private String callText(int i) {
        int depth = 0;
        for (int j = i + 1; j < tokens.size(); j++) {
            depth += tokens.get(j).isSymbol('(') ? 1 : tokens.get(j).isSymbol(')') ? -1 : 0;
            if (depth == 0) {
                return sql.substring(tokens.get(i).start(), tokens.get(j).end());
            }
        }
        return sql.substring(tokens.get(i).start());
    }

    /** Records the table named from token {@code i} on, if a name stands there and is not a function call. */
    private void table(int i) {
        List<String> parts = new ArrayList<>();
        int at = i;
        while (at < tokens.size() && isName(tokens.get(at))) {
            parts.add(tokens.get(at).identifier());
            if (at + 2 < tokens.size() && tokens.get(at + 1).isSymbol('.') && isName(tokens.get(at + 2))) {
                at += 2;
            } else {
                at++;
                break;
            }
        }
        boolean function = at < tokens.size() && tokens.get(at).isSymbol('(');
        if (!parts.isEmpty() && !function) {
            tables.add(TableName.of(parts));
        }
    }

    private static boolean isName(SqlToken token) {
        return token.kind() == SqlToken.Kind.QUOTED
                || token.kind() == SqlToken.Kind.WORD && !CLAUSES.contains(token.upper()) && !token.isWord("LATERAL")
                && !token.isWord("TABLE");
    }
}
