package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Arg;
import dev.pantherkernel.emulator.datalake.snowflake.Expr.OrderItem;
import java.util.ArrayList;
import java.util.List;

/** Function calls with their Snowflake trimmings, window specifications and ORDER BY items. */
final class CallParser {
    private final Tokens in;
    private final ExpressionParser expressions;

    CallParser(Tokens in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    /** A call from its name on: arguments (named with =>), DISTINCT, WITHIN GROUP, IGNORE NULLS, OVER. */
    Expr call() throws SnowflakeSqlException {
        String name = in.next().upper();
        in.expectSymbol("(");
        boolean distinct = false;
        boolean star = false;
        boolean ignoreNulls = false;
        List<Arg> args = new ArrayList<>();
        if (in.acceptSymbol("*")) {
            star = true;
        } else if (!in.atSymbol(")")) {
            distinct = in.acceptWord("DISTINCT");
            in.acceptWord("ALL");
            boolean macro = name.startsWith("P_OCCURS_");
            do {
                if (macro && (in.atSymbol(",") || in.atSymbol(")"))) {
                    args.add(new Arg(null, new Expr.Empty()));
                    continue;
                }
                args.add(argument());
                if (in.atWord("IGNORE") && in.peek(1).isWord("NULLS")) {
                    in.next();
                    in.next();
                    ignoreNulls = true;
                }
            } while (in.acceptSymbol(","));
        }
        in.expectSymbol(")");
        List<OrderItem> withinGroup = List.of();
        if (in.atWord("WITHIN") && in.peek(1).isWord("GROUP")) {
            in.next();
            in.next();
            in.expectSymbol("(");
            in.expectWord("ORDER");
            in.expectWord("BY");
            withinGroup = orderItems();
            in.expectSymbol(")");
        }
        if ((in.atWord("IGNORE") || in.atWord("RESPECT")) && in.peek(1).isWord("NULLS")) {
            ignoreNulls = in.next().isWord("IGNORE");
            in.next();
        }
        Expr.Window over = in.acceptWord("OVER") ? window() : null;
        return new Expr.Call(name, args, distinct, star, withinGroup, ignoreNulls, over);
    }

    private Expr.Window window() throws SnowflakeSqlException {
        if (in.peek().isName()) {
            throw SnowflakeSqlException.unsupported("named windows (OVER " + in.peek().text() + ")",
                    "write the window in parentheses after OVER");
        }
        in.expectSymbol("(");
        List<Expr> partition = new ArrayList<>();
        if (in.acceptWord("PARTITION")) {
            in.expectWord("BY");
            partition.addAll(expressions.list());
        }
        List<OrderItem> order = List.of();
        if (in.acceptWord("ORDER")) {
            in.expectWord("BY");
            order = orderItems();
        }
        Expr.Frame frame = null;
        if (in.atWord("ROWS") || in.atWord("RANGE")) {
            String unit = in.next().upper();
            if (in.acceptWord("BETWEEN")) {
                Expr.Bound start = bound();
                in.expectWord("AND");
                frame = new Expr.Frame(unit, start, bound());
            } else {
                frame = new Expr.Frame(unit, bound(), null);
            }
        }
        in.expectSymbol(")");
        return new Expr.Window(partition, order, frame);
    }

    private Expr.Bound bound() throws SnowflakeSqlException {
        if (in.acceptWord("UNBOUNDED")) {
            return new Expr.Bound("UNBOUNDED " + (in.acceptWord("PRECEDING") ? "PRECEDING" : in.expectWord("FOLLOWING").upper()), null);
        }
        if (in.acceptWord("CURRENT")) {
            in.expectWord("ROW");
            return new Expr.Bound("CURRENT ROW", null);
        }
        Expr offset = expressions.additive();
        return new Expr.Bound(in.acceptWord("PRECEDING") ? "PRECEDING" : in.expectWord("FOLLOWING").upper(), offset);
    }

    /** One argument, named ({@code input => x}) or not. */
    Arg argument() throws SnowflakeSqlException {
        if (in.peek().kind() == Token.Kind.WORD && in.peek(1).isSymbol("=>")) {
            String argName = in.next().upper();
            in.next();
            return new Arg(argName, expressions.expression());
        }
        return new Arg(null, expressions.expression());
    }

    List<OrderItem> orderItems() throws SnowflakeSqlException {
        List<OrderItem> items = new ArrayList<>();
        do {
            Expr e = expressions.expression();
            boolean desc = in.acceptWord("DESC");
            if (!desc) {
                in.acceptWord("ASC");
            }
            Boolean nullsFirst = null;
            if (in.acceptWord("NULLS")) {
                nullsFirst = in.acceptWord("FIRST") || !in.expectWord("LAST").isWord("LAST");
            }
            items.add(new OrderItem(e, desc, nullsFirst));
        } while (in.acceptSymbol(","));
        return items;
    }
}
