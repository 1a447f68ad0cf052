package dev.pantherkernel.magics.datalake;

import java.util.List;

/** {@code --limit N} on SQL: appends {@code LIMIT N} to a query that has no limit of its own. */
final class LimitClause {

    private LimitClause() {
    }

    /** The SQL with {@code LIMIT limit} at its end, unless it is not a query, has a limit, or {@code limit} is 0. */
    static String apply(String sql, SqlFacts facts, long limit) {
        if (limit <= 0 || !facts.isQuery() || facts.hasLimit()) {
            return sql;
        }
        String body = sql;
        List<SqlToken> code = SqlScanner.code(sql);
        if (!code.isEmpty() && code.get(code.size() - 1).isSymbol(';')) {
            SqlToken semicolon = code.get(code.size() - 1);
            body = sql.substring(0, semicolon.start()) + sql.substring(semicolon.end());
        }
        return body.stripTrailing() + "\nLIMIT " + limit;
    }
}
