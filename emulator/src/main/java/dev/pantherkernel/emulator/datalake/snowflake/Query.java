package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Arg;
import dev.pantherkernel.emulator.datalake.snowflake.Expr.Ident;
import dev.pantherkernel.emulator.datalake.snowflake.Expr.OrderItem;
import java.util.List;

/** A query of Snowflake SQL: common table expressions, a body, ORDER BY and LIMIT/OFFSET. */
record Query(List<Cte> with, Body body, List<OrderItem> orderBy, Expr limit, Expr offset) {

    record Cte(Ident name, List<Ident> columns, Query query) {}

    /** What produces the rows: a SELECT, a set operation, a query in parentheses, or VALUES. */
    sealed interface Body {}

    /**
     * {@code text} of a select item is its source text, which Snowflake uses as the column's name when it has no
     * alias.
     */
    record SelectItem(Expr expr, Ident alias, String text) {}

    /** {@code GROUP BY} items; {@code modifier} is empty, ALL, ROLLUP, CUBE or GROUPING SETS. */
    record GroupBy(String modifier, List<Expr> items) {}

    record Select(boolean distinct, Expr top, List<SelectItem> items, List<From> from, Expr where, GroupBy groupBy,
            Expr having, Expr qualify) implements Body {}

    /** {@code op} is UNION, EXCEPT (MINUS too) or INTERSECT. */
    record SetOperation(Body left, String op, boolean all, boolean byName, Body right) implements Body {}

    record Nested(Query query) implements Body {}

    record Values(List<List<Expr>> rows) implements Body {}

    /** A table alias with optional column names: {@code AS f}, {@code t(a, b)}. */
    record Alias(Ident name, List<Ident> columns) {}

    /** One item of a FROM clause. */
    sealed interface From {}

    record Table(List<Ident> name, Alias alias) implements From {}

    record Derived(Query query, Alias alias, boolean lateral) implements From {}

    /** {@code LATERAL FLATTEN(input => ..)} or {@code TABLE(FLATTEN(..))}. */
    record Flatten(List<Arg> args, Alias alias) implements From {}

    /** {@code TABLE(GENERATOR(ROWCOUNT => n))}. */
    record Generator(List<Arg> args, Alias alias) implements From {}

    /** A table function other than FLATTEN and GENERATOR, which the front end refuses by name. */
    record TableFunction(String name) implements From {}

    record ValuesTable(Values values, Alias alias) implements From {}

    /** {@code kind}: INNER, LEFT, RIGHT, FULL, CROSS, or NATURAL ... ; {@code on} or {@code using}. */
    record Join(From left, String kind, From right, Expr on, List<Ident> using) implements From {}
}
