package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Ident;
import dev.pantherkernel.emulator.datalake.snowflake.Expr.OrderItem;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * One SELECT: FROM first (its items give the names), then the select list, WHERE, GROUP BY, HAVING, QUALIFY and
 * ORDER BY. A select item without an alias is named by its text, as Snowflake names it, unless it is a column.
 */
final class SelectTranslator {
    private final QueryTranslator queries;
    private final FromTranslator from;
    private final Scope scope;

    SelectTranslator(QueryTranslator queries, FromTranslator from, Scope outer) {
        this.queries = queries;
        this.from = from;
        this.scope = new Scope(outer);
    }

    QueryTranslator.Translated select(Query.Select s, List<OrderItem> orderBy, Expr top) throws SnowflakeSqlException {
        StringBuilder out = new StringBuilder("SELECT ");
        if (s.distinct()) {
            out.append("DISTINCT ");
        }
        String fromSql = from(s.from());
        ExpressionTranslator t = new ExpressionTranslator(queries, scope);
        scope.aliasesVisible(true);
        List<Relation.Column> columns = new ArrayList<>();
        StringJoiner items = new StringJoiner(", ");
        for (Query.SelectItem item : s.items()) {
            if (item.expr() instanceof Expr.Star star) {
                items.add(star(star, columns));
                continue;
            }
            Sql value = t.translate(item.expr());
            boolean column = item.expr() instanceof Expr.Name;
            String name = item.alias() != null ? item.alias().name()
                    : column ? ((Expr.Name) item.expr()).last().name() : item.text();
            items.add(item.alias() != null || !column ? value.text() + " AS " + SqlLiterals.identifier(name) : value.text());
            if (item.alias() != null) {
                scope.addAlias(item.alias(), value);
            }
            columns.add(new Relation.Column(name, value.type()));
        }
        out.append(items);
        out.append(fromSql);
        if (s.where() != null) {
            out.append(" WHERE ").append(t.condition(s.where()));
        }
        if (s.groupBy() != null) {
            out.append(" GROUP BY ").append(groupBy(t, s.groupBy()));
        }
        if (s.having() != null) {
            out.append(" HAVING ").append(t.condition(s.having()));
        }
        if (s.qualify() != null) {
            out.append(" QUALIFY ").append(t.condition(s.qualify()));
        }
        if (!orderBy.isEmpty()) {
            StringJoiner order = new StringJoiner(", ", " ORDER BY ", "");
            for (OrderItem item : orderBy) {
                order.add(Windows.orderItem(orderExpression(t, item.expr()), item));
            }
            out.append(order);
        }
        if (top != null) {
            out.append(" LIMIT ").append(t.translate(top).text());
        }
        return new QueryTranslator.Translated(out.toString(), columns);
    }

    private String from(List<Query.From> items) throws SnowflakeSqlException {
        if (items.isEmpty()) {
            return "";
        }
        StringJoiner out = new StringJoiner(", ", " FROM ", "");
        for (Query.From item : items) {
            out.add(from.translate(item, scope));
        }
        return out.toString();
    }

    /** {@code *} or {@code t.*} with EXCLUDE; the columns it stands for are added to {@code columns}. */
    private String star(Expr.Star star, List<Relation.Column> columns) throws SnowflakeSqlException {
        List<Relation> relations = new ArrayList<>();
        String prefix = "";
        if (star.qualifier().isEmpty()) {
            relations.addAll(scope.relations());
        } else {
            Ident name = star.qualifier().get(star.qualifier().size() - 1);
            Relation found = scope.relations().stream().filter(r -> r.isNamed(name)).findFirst()
                    .orElseThrow(() -> NameResolver.invalidIdentifier(List.of(name)));
            relations.add(found);
            StringJoiner q = new StringJoiner(".", "", ".");
            star.qualifier().forEach(p -> q.add(ExpressionTranslator.quote(p)));
            prefix = q.toString();
        }
        for (Relation r : relations) {
            for (Relation.Column c : r.columns()) {
                if (star.exclude().stream().noneMatch(x -> x.name().equalsIgnoreCase(c.name()))) {
                    columns.add(c);
                }
            }
        }
        if (star.exclude().isEmpty()) {
            return prefix + "*";
        }
        StringJoiner excluded = new StringJoiner(", ", " EXCLUDE (", ")");
        star.exclude().forEach(x -> excluded.add(ExpressionTranslator.quote(x)));
        return prefix + "*" + excluded;
    }

    private String groupBy(ExpressionTranslator t, Query.GroupBy groupBy) throws SnowflakeSqlException {
        if (groupBy.modifier().equals("ALL")) {
            return "ALL";
        }
        StringJoiner items = new StringJoiner(", ");
        for (Expr e : groupBy.items()) {
            items.add(e instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NUMBER ? l.value() : t.translate(e).text());
        }
        return groupBy.modifier().isEmpty() ? items.toString() : groupBy.modifier() + " (" + items + ")";
    }

    /** ORDER BY reads a select alias before a column of the same name, and a number as a select item's position. */
    private String orderExpression(ExpressionTranslator t, Expr e) throws SnowflakeSqlException {
        if (e instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NUMBER) {
            return l.value();
        }
        if (e instanceof Expr.Name n && n.parts().size() == 1 && scope.hasAlias(n.last())) {
            return ExpressionTranslator.quote(n.last());
        }
        return t.translate(e).text();
    }
}
