package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.BOOLEAN;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.TIMESTAMP_NTZ;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Ident;
import dev.pantherkernel.emulator.datalake.snowflake.Functions.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Panther's time macros, which Panther expands before Snowflake sees the query: {@code p_occurs_since(offset
 * [, tableAlias [, column]])}, {@code p_occurs_between}, {@code p_occurs_around}, {@code p_occurs_after},
 * {@code p_occurs_before}, and {@code p_current_timestamp()}. The column is {@code p_event_time} unless given; an
 * offset is seconds, or text such as {@code '1 day'}, {@code '6 hours'}, {@code '30 min'}, or bare {@code 90m}.
 */
final class PantherMacroCalls {
    private static final String DEFAULT_COLUMN = "p_event_time";

    private PantherMacroCalls() {}

    static void register(Map<String, Handler> h) {
        h.put("P_OCCURS_SINCE", c -> {
            String column = column(c, 1);
            return Sql.of("(" + column + " >= " + HelperMacros.call("sf_now") + " - " + offset(c, 0) + ")", BOOLEAN);
        });
        h.put("P_OCCURS_BETWEEN", c -> {
            String column = column(c, 2);
            return Sql.of("(" + column + " BETWEEN " + time(c, 0) + " AND " + time(c, 1) + ")", BOOLEAN);
        });
        h.put("P_OCCURS_AROUND", c -> {
            String column = column(c, 2);
            String at = time(c, 0);
            String offset = offset(c, 1);
            return Sql.of("(" + column + " BETWEEN " + at + " - " + offset + " AND " + at + " + " + offset + ")", BOOLEAN);
        });
        h.put("P_OCCURS_AFTER", c -> Sql.of("(" + column(c, 1) + " >= " + time(c, 0) + ")", BOOLEAN));
        h.put("P_OCCURS_BEFORE", c -> Sql.of("(" + column(c, 1) + " <= " + time(c, 0) + ")", BOOLEAN));
        h.put("P_CURRENT_TIMESTAMP", c -> {
            c.arity(0, 0);
            return Sql.of(HelperMacros.call("sf_now"), TIMESTAMP_NTZ);
        });
    }

    /**
     * The time column, after checking the number of arguments: the macro's own {@code arity} ones, then an optional
     * table alias (which may be left empty) and column.
     */
    private static String column(CallContext c, int arity) throws SnowflakeSqlException {
        String name = c.name().toLowerCase(Locale.ROOT);
        if (c.count() < arity || c.count() > arity + 2) {
            throw SnowflakeSqlException.invalid(name + " takes " + arity
                    + " argument(s), optionally followed by a table alias and a column");
        }
        for (int i = 0; i < arity; i++) {
            if (c.expr(i) instanceof Expr.Empty) {
                throw SnowflakeSqlException.invalid(name + ": argument " + (i + 1) + " is empty");
            }
        }
        List<Ident> parts = new ArrayList<>();
        if (c.count() > arity) {
            String alias = identifier(c, arity, name);
            if (alias != null) {
                parts.add(new Ident(alias, false));
            }
        }
        String column = c.count() > arity + 1 ? identifier(c, arity + 1, name) : null;
        parts.add(new Ident(column == null ? DEFAULT_COLUMN : column, false));
        return new NameResolver(c.translator().scope()).resolve(new Expr.Name(parts)).text();
    }

    /** A table alias or column written as a name or a string; null for an empty argument. */
    private static String identifier(CallContext c, int i, String macro) throws SnowflakeSqlException {
        Expr e = c.expr(i);
        if (e instanceof Expr.Empty) {
            return null;
        }
        if (e instanceof Expr.Name n && n.parts().size() == 1) {
            return n.last().name();
        }
        if (e instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.STRING) {
            return l.value();
        }
        throw SnowflakeSqlException.invalid(macro + ": a table alias or column must be a name or a string");
    }

    /** An offset: a number of seconds, interval text, or a bare duration; other expressions are seconds at run time. */
    private static String offset(CallContext c, int i) throws SnowflakeSqlException {
        Expr e = c.expr(i);
        if (e instanceof Expr.Literal l && (l.kind() == Expr.LiteralKind.STRING || l.kind() == Expr.LiteralKind.NUMBER)) {
            return "to_microseconds(CAST(" + Math.round(IntervalText.seconds(l.value()) * 1_000_000) + " AS BIGINT))";
        }
        if (e instanceof Expr.Duration d) {
            return "to_microseconds(CAST(" + Math.round(IntervalText.seconds(d.text()) * 1_000_000) + " AS BIGINT))";
        }
        return "to_seconds(CAST(" + c.number(i) + " AS DOUBLE))";
    }

    private static String time(CallContext c, int i) throws SnowflakeSqlException {
        return Coerce.timestamp(c.arg(i), false).text();
    }
}
