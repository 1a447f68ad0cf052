package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Ident;
import dev.pantherkernel.emulator.datalake.snowflake.Expr.OrderItem;
import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes queries for DuckDB: common table expressions, SELECT with its clauses, set operations, ORDER BY and
 * LIMIT. Each query's output columns and their types are known, so outer queries read them with the right types.
 */
final class QueryTranslator {
    /** Translated SQL and the columns it produces. */
    record Translated(String sql, List<Relation.Column> columns) {}

    private final TableSchemas tables;
    private final FromTranslator from;

    QueryTranslator(TableSchemas tables) {
        this.tables = tables;
        this.from = new FromTranslator(this);
    }

    TableSchemas tables() {
        return tables;
    }

    Translated query(Query q, Scope outer) throws SnowflakeSqlException {
        Scope scope = new Scope(outer);
        StringBuilder out = new StringBuilder();
        if (!q.with().isEmpty()) {
            StringJoiner ctes = new StringJoiner(", ", "WITH ", " ");
            for (Query.Cte cte : q.with()) {
                Translated t = query(cte.query(), scope);
                List<Relation.Column> columns = renamed(t.columns(), cte.columns());
                scope.addCte(cte.name().name(), new Relation(cte.name().name(), columns, true));
                ctes.add(ExpressionTranslator.quote(cte.name()) + columnList(cte.columns()) + " AS (" + t.sql() + ")");
            }
            out.append(ctes);
        }
        Translated body;
        if (q.body() instanceof Query.Select s) {
            body = new SelectTranslator(this, from, scope).select(s, q.orderBy(), q.limit() == null ? s.top() : null);
            out.append(body.sql());
        } else {
            body = body(q.body(), scope);
            out.append(body.sql());
            if (!q.orderBy().isEmpty()) {
                Scope output = new Scope(scope);
                output.add(new Relation(null, body.columns(), true));
                ExpressionTranslator t = new ExpressionTranslator(this, output);
                StringJoiner order = new StringJoiner(", ", " ORDER BY ", "");
                for (OrderItem item : q.orderBy()) {
                    order.add(Windows.orderItem(t.translate(item.expr()).text(), item));
                }
                out.append(order);
            }
        }
        ExpressionTranslator plain = new ExpressionTranslator(this, scope);
        if (q.limit() != null) {
            out.append(" LIMIT ").append(plain.translate(q.limit()).text());
        }
        if (q.offset() != null) {
            out.append(" OFFSET ").append(plain.translate(q.offset()).text());
        }
        return new Translated(out.toString(), body.columns());
    }

    /** A body that is not a SELECT: a set operation, a query in parentheses, VALUES. */
    Translated body(Query.Body body, Scope scope) throws SnowflakeSqlException {
        if (body instanceof Query.Select s) {
            return new SelectTranslator(this, from, scope).select(s, List.of(), s.top());
        }
        if (body instanceof Query.Nested n) {
            Translated t = query(n.query(), scope);
            return new Translated("(" + t.sql() + ")", t.columns());
        }
        if (body instanceof Query.Values v) {
            return values(v, scope);
        }
        Query.SetOperation op = (Query.SetOperation) body;
        Translated left = body(op.left(), scope);
        Translated right = body(op.right(), scope);
        String keyword = op.op() + (op.all() ? " ALL" : "") + (op.byName() ? " BY NAME" : "");
        List<Relation.Column> columns = new ArrayList<>();
        for (int i = 0; i < left.columns().size(); i++) {
            SnowflakeType l = left.columns().get(i).type();
            SnowflakeType r = i < right.columns().size() ? right.columns().get(i).type() : null;
            columns.add(new Relation.Column(left.columns().get(i).name(), l == null ? r : l));
        }
        return new Translated(left.sql() + " " + keyword + " " + right.sql(), columns);
    }

    Translated values(Query.Values v, Scope scope) throws SnowflakeSqlException {
        ExpressionTranslator t = new ExpressionTranslator(this, scope);
        StringJoiner rows = new StringJoiner(", ", "(VALUES ", ")");
        List<Relation.Column> columns = new ArrayList<>();
        for (List<Expr> row : v.rows()) {
            StringJoiner values = new StringJoiner(", ", "(", ")");
            for (int i = 0; i < row.size(); i++) {
                Sql value = t.translate(row.get(i));
                values.add(value.text());
                if (columns.size() <= i) {
                    columns.add(new Relation.Column("column" + (i + 1), value.type()));
                }
            }
            rows.add(values.toString());
        }
        StringJoiner names = new StringJoiner(", ");
        columns.forEach(c -> names.add(SqlLiterals.identifier(c.name())));
        return new Translated("SELECT * FROM " + rows + " AS v(" + names + ")", columns);
    }

    /** Columns with the names of a column list ({@code cte(a, b)}, {@code AS t(a, b)}), when there is one. */
    static List<Relation.Column> renamed(List<Relation.Column> columns, List<Ident> names) throws SnowflakeSqlException {
        if (names.isEmpty()) {
            return columns;
        }
        if (names.size() > columns.size()) {
            throw SnowflakeSqlException.invalid("the column list names " + names.size() + " columns, but there are "
                    + columns.size());
        }
        List<Relation.Column> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add(i < names.size() ? new Relation.Column(names.get(i).name(), columns.get(i).type()) : columns.get(i));
        }
        return out;
    }

    static String columnList(List<Ident> names) {
        if (names.isEmpty()) {
            return "";
        }
        StringJoiner out = new StringJoiner(", ", "(", ")");
        names.forEach(n -> out.add(ExpressionTranslator.quote(n)));
        return out.toString();
    }
}
