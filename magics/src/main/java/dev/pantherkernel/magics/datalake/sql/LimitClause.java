package dev.pantherkernel.magics.datalake.sql;

import java.util.List;

/** {@code --limit N} on SQL: appends {@code LIMIT N} to a query that has no limit of its own. */
final class LimitClause {

    private LimitClause() {
    }

    /** The SQL with {@code LIMIT limit} at its end, unless it is not a query, has a limit, or {@code limit} is 0. */
    static String apply(ParsedSql sql, long limit) {
        return applied(sql, limit).text();
    }

    /** Whether {@link #applied} adds a LIMIT: {@code limit} is set, and {@code sql} is a query without one. */
    public static boolean adds(ParsedSql sql, long limit) {
        return limit > 0 && sql.facts().isQuery() && !sql.facts().hasLimit();
    }

    /** {@link #apply} as SQL derived from {@code sql}: the LIMIT stands for nothing the user wrote. */
    public static DerivedSql applied(ParsedSql parsed, long limit) {
        String sql = parsed.text();
        if (!adds(parsed, limit)) {
            return DerivedSql.original(sql);
        }
        int cutFrom = sql.length();
        int cutTo = sql.length();
        List<SqlToken> code = parsed.code();
        if (!code.isEmpty() && code.get(code.size() - 1).isSymbol(';')) {
            cutFrom = code.get(code.size() - 1).start();
            cutTo = code.get(code.size() - 1).end();
        }
        int kept = (sql.substring(0, cutFrom) + sql.substring(cutTo)).stripTrailing().length();
        return DerivedSql.newDerivedSql(sql).copy(0, Math.min(kept, cutFrom)).copy(cutTo, cutTo + Math.max(0, kept - cutFrom))
                .write("\nLIMIT " + limit).build();
    }
}
