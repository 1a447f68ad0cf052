package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.BOOLEAN;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** IN, BETWEEN, LIKE and its kin, IS [NOT] NULL / DISTINCT FROM / TRUE, EXISTS and scalar subqueries. */
final class Predicates {
    private Predicates() {}

    static Sql translate(ExpressionTranslator t, Expr e) throws SnowflakeSqlException {
        if (e instanceof Expr.InList in) {
            return inList(t, in);
        }
        if (e instanceof Expr.InQuery in) {
            Sql left = t.translate(in.expr());
            QueryTranslator.Translated sub = t.queries().query(in.query(), t.scope());
            Sql column = Sql.of("", sub.columns().isEmpty() ? null : sub.columns().get(0).type());
            Sql l = left.isSemi() && !column.isSemi() ? Coerce.like(left, column) : left;
            return Sql.of("(" + l.text() + (in.not() ? " NOT IN (" : " IN (") + sub.sql() + "))", BOOLEAN);
        }
        if (e instanceof Expr.Between b) {
            Sql value = t.translate(b.expr());
            Sql[] low = Coerce.comparable(value, t.translate(b.low()));
            Sql[] high = Coerce.comparable(value, t.translate(b.high()));
            return Sql.of("(" + low[0].text() + (b.not() ? " NOT BETWEEN " : " BETWEEN ") + low[1].text() + " AND "
                    + high[1].text() + ")", BOOLEAN);
        }
        if (e instanceof Expr.Like like) {
            return like(t, like);
        }
        if (e instanceof Expr.IsNull n) {
            return Sql.of("(" + t.translate(n.expr()).text() + (n.not() ? " IS NOT NULL)" : " IS NULL)"), BOOLEAN);
        }
        if (e instanceof Expr.IsDistinctFrom d) {
            Sql[] both = Coerce.comparable(t.translate(d.left()), t.translate(d.right()));
            return Sql.of("(" + both[0].text() + (d.not() ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ") + both[1].text()
                    + ")", BOOLEAN);
        }
        if (e instanceof Expr.IsBoolean b) {
            return Sql.of("(" + t.condition(b.expr()) + (b.not() ? " IS NOT " : " IS ") + (b.value() ? "TRUE)" : "FALSE)"),
                    BOOLEAN);
        }
        if (e instanceof Expr.Exists x) {
            return Sql.of("(" + (x.not() ? "NOT " : "") + "EXISTS (" + t.queries().query(x.query(), t.scope()).sql() + "))",
                    BOOLEAN);
        }
        if (e instanceof Expr.Subquery s) {
            QueryTranslator.Translated sub = t.queries().query(s.query(), t.scope());
            return Sql.of("(" + sub.sql() + ")", sub.columns().isEmpty() ? null : sub.columns().get(0).type());
        }
        throw SnowflakeSqlException.unsupported("the expression " + e.getClass().getSimpleName(), "");
    }

    private static Sql inList(ExpressionTranslator t, Expr.InList in) throws SnowflakeSqlException {
        Sql left = t.translate(in.expr());
        List<Sql> items = new ArrayList<>();
        for (Expr item : in.items()) {
            items.add(t.translate(item));
        }
        if (left.isSemi()) {
            Sql scalar = items.stream().filter(i -> !i.isSemi() && !i.isNull()).findFirst().orElse(null);
            if (scalar != null) {
                left = Coerce.like(left, scalar);
            }
        }
        StringJoiner list = new StringJoiner(", ");
        for (Sql item : items) {
            list.add(item.isSemi() && !left.isSemi() ? Coerce.like(item, left).text() : item.text());
        }
        return Sql.of("(" + left.text() + (in.not() ? " NOT IN (" : " IN (") + list + "))", BOOLEAN);
    }

    /** LIKE and ILIKE match the whole text with % and _; RLIKE and REGEXP match the whole text with a regex. */
    private static Sql like(ExpressionTranslator t, Expr.Like like) throws SnowflakeSqlException {
        String value = Coerce.toVarchar(t.translate(like.expr())).text();
        String escape = like.escape() == null ? "" : " ESCAPE " + Coerce.toVarchar(t.translate(like.escape())).text();
        StringJoiner any = new StringJoiner("ALL".equals(like.quantifier()) ? " AND " : " OR ", "(", ")");
        for (Expr pattern : like.patterns()) {
            String p = Coerce.toVarchar(t.translate(pattern)).text();
            any.add(switch (like.op()) {
                case "LIKE", "ILIKE" -> value + " " + like.op() + " " + p + escape;
                default -> "regexp_full_match(" + value + ", " + p + ")";
            });
        }
        return Sql.of(like.not() ? "(NOT " + any + ")" : any.toString(), BOOLEAN);
    }
}
