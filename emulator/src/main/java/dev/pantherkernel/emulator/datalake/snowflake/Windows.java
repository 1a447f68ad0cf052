package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.OrderItem;
import java.util.List;
import java.util.StringJoiner;

/** OVER clauses and ORDER BY items. Snowflake sorts NULLs as the largest values: last going up, first going down. */
final class Windows {
    private Windows() {}

    static String translate(ExpressionTranslator t, Expr.Window w) throws SnowflakeSqlException {
        StringJoiner parts = new StringJoiner(" ", "(", ")");
        if (!w.partitionBy().isEmpty()) {
            StringJoiner by = new StringJoiner(", ");
            for (Expr e : w.partitionBy()) {
                by.add(t.translate(e).text());
            }
            parts.add("PARTITION BY " + by);
        }
        if (!w.orderBy().isEmpty()) {
            parts.add("ORDER BY " + orderItems(t, w.orderBy()));
        }
        if (w.frame() != null) {
            Expr.Frame f = w.frame();
            parts.add(f.unit() + (f.end() == null ? " " + bound(t, f.start())
                    : " BETWEEN " + bound(t, f.start()) + " AND " + bound(t, f.end())));
        }
        return parts.toString();
    }

    private static String bound(ExpressionTranslator t, Expr.Bound b) throws SnowflakeSqlException {
        return b.offset() == null ? b.kind() : t.translate(b.offset()).text() + " " + b.kind();
    }

    static String orderItems(ExpressionTranslator t, List<OrderItem> items) throws SnowflakeSqlException {
        StringJoiner out = new StringJoiner(", ");
        for (OrderItem item : items) {
            out.add(orderItem(t.translate(item.expr()).text(), item));
        }
        return out.toString();
    }

    static String orderItem(String expr, OrderItem item) {
        boolean nullsFirst = item.nullsFirst() != null ? item.nullsFirst() : item.desc();
        return expr + (item.desc() ? " DESC" : " ASC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
    }
}
