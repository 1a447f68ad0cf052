package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.BOOLEAN;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.FLOAT;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.NUMBER;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARCHAR;
import static dev.pantherkernel.emulator.datalake.snowflake.Functions.plain;

import dev.pantherkernel.emulator.datalake.snowflake.Functions.Args;
import dev.pantherkernel.emulator.datalake.snowflake.Functions.Handler;
import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Conditionals (IFF, NVL, NVL2, DECODE, COALESCE ...), conversions to numbers and booleans, and arithmetic. */
final class LogicFunctions {
    private LogicFunctions() {}

    static void register(Map<String, Handler> h) {
        h.put("IFF", c -> {
            c.arity(3, 3);
            List<Sql> results = Types.unify(List.of(c.arg(1), c.arg(2)));
            return Sql.of("CASE WHEN " + c.translator().condition(c.expr(0)) + " THEN " + results.get(0).text() + " ELSE "
                    + results.get(1).text() + " END", Types.common(results));
        });
        h.put("COALESCE", c -> {
            c.arity(1, Integer.MAX_VALUE);
            List<Sql> values = Types.unify(c.args());
            return Sql.of("COALESCE(" + c.joined(values) + ")", Types.common(values));
        });
        Functions.alias(h, "NVL", "COALESCE");
        Functions.alias(h, "IFNULL", "COALESCE");
        h.put("NVL2", c -> {
            c.arity(3, 3);
            List<Sql> results = Types.unify(List.of(c.arg(1), c.arg(2)));
            return Sql.of("CASE WHEN " + c.text(0) + " IS NOT NULL THEN " + results.get(0).text() + " ELSE "
                    + results.get(1).text() + " END", Types.common(results));
        });
        h.put("NULLIF", c -> {
            c.arity(2, 2);
            Sql[] both = Coerce.comparable(c.arg(0), c.arg(1));
            return Sql.of("NULLIF(" + c.text(0) + ", " + both[1].text() + ")", c.arg(0).type());
        });
        h.put("ZEROIFNULL", c -> {
            c.arity(1, 1);
            Sql v = Coerce.number(c.arg(0));
            return Sql.of("COALESCE(" + v.text() + ", 0)", v.type() == FLOAT ? FLOAT : NUMBER);
        });
        h.put("NULLIFZERO", c -> {
            c.arity(1, 1);
            Sql v = Coerce.number(c.arg(0));
            return Sql.of("NULLIF(" + v.text() + ", 0)", v.type());
        });
        h.put("EQUAL_NULL", c -> {
            c.arity(2, 2);
            Sql[] both = Coerce.comparable(c.arg(0), c.arg(1));
            return Sql.of("(" + both[0].text() + " IS NOT DISTINCT FROM " + both[1].text() + ")", BOOLEAN);
        });
        h.put("DECODE", LogicFunctions::decode);
        h.put("GREATEST", c -> nullIfAnyNull(c, "greatest"));
        h.put("LEAST", c -> nullIfAnyNull(c, "least"));
        numbers(h);
    }

    /** DECODE(expr, search1, result1, ..., [default]): like CASE, but a NULL search value matches a NULL. */
    private static Sql decode(CallContext c) throws SnowflakeSqlException {
        c.arity(3, Integer.MAX_VALUE);
        Sql value = c.arg(0);
        List<String> conditions = new ArrayList<>();
        List<Sql> results = new ArrayList<>();
        int i = 1;
        for (; i + 1 < c.count(); i += 2) {
            Sql[] both = Coerce.comparable(value, c.arg(i));
            conditions.add(both[0].text() + " IS NOT DISTINCT FROM " + both[1].text());
            results.add(c.arg(i + 1));
        }
        boolean hasDefault = i < c.count();
        if (hasDefault) {
            results.add(c.arg(i));
        }
        List<Sql> unified = Types.unify(results);
        StringBuilder out = new StringBuilder("CASE");
        for (int k = 0; k < conditions.size(); k++) {
            out.append(" WHEN ").append(conditions.get(k)).append(" THEN ").append(unified.get(k).text());
        }
        if (hasDefault) {
            out.append(" ELSE ").append(unified.get(unified.size() - 1).text());
        }
        return Sql.of(out.append(" END").toString(), Types.common(unified));
    }

    /** GREATEST and LEAST are NULL when any argument is NULL in Snowflake (DuckDB's skip NULLs). */
    private static Sql nullIfAnyNull(CallContext c, String duck) throws SnowflakeSqlException {
        c.arity(1, Integer.MAX_VALUE);
        List<Sql> values = Types.unify(c.args());
        List<String> nulls = new ArrayList<>();
        values.forEach(v -> nulls.add(v.text() + " IS NULL"));
        return Sql.of("CASE WHEN " + String.join(" OR ", nulls) + " THEN NULL ELSE " + duck + "(" + c.joined(values) + ") END",
                Types.common(values));
    }

    private static void numbers(Map<String, Handler> h) {
        for (String name : new String[] {"TO_NUMBER", "TO_DECIMAL", "TO_NUMERIC", "TRY_TO_NUMBER", "TRY_TO_DECIMAL",
            "TRY_TO_NUMERIC"}) {
            h.put(name, c -> {
                c.arity(1, 4);
                int scale = 0;
                int scaleArg = c.count() - 1;
                if (c.count() >= 3 && c.expr(scaleArg) instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NUMBER) {
                    scale = Integer.parseInt(l.value());
                } else if (c.count() == 2 && !(c.expr(1) instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NUMBER)) {
                    throw SnowflakeSqlException.unsupported(name + " with a format", "");
                }
                return Coerce.cast(c.arg(0), NUMBER, scale, name.startsWith("TRY_"));
            });
        }
        h.put("TO_DOUBLE", c -> conversion(c, FLOAT, false));
        h.put("TRY_TO_DOUBLE", c -> conversion(c, FLOAT, true));
        h.put("TO_BOOLEAN", c -> conversion(c, BOOLEAN, false));
        h.put("TRY_TO_BOOLEAN", c -> conversion(c, BOOLEAN, true));
        h.put("DIV0", c -> {
            c.arity(2, 2);
            return Sql.of("CASE WHEN " + c.number(1) + " = 0 THEN 0 ELSE " + c.number(0) + " / " + c.number(1) + " END", FLOAT);
        });
        h.put("DIV0NULL", c -> {
            c.arity(2, 2);
            return Sql.of("CASE WHEN COALESCE(" + c.number(1) + ", 0) = 0 THEN 0 ELSE " + c.number(0) + " / " + c.number(1)
                    + " END", FLOAT);
        });
        h.put("ABS", plain("abs", null, Args.NUMBERS, 1, 1));
        h.put("SIGN", plain("sign", NUMBER, Args.NUMBERS, 1, 1));
        h.put("FLOOR", plain("floor", null, Args.NUMBERS, 1, 2));
        h.put("CEIL", plain("ceil", null, Args.NUMBERS, 1, 2));
        Functions.alias(h, "CEILING", "CEIL");
        h.put("ROUND", c -> {
            c.arity(1, 2);
            Sql v = Coerce.number(c.arg(0));
            return Sql.of("round(" + v.text() + (c.count() > 1 ? ", " + c.number(1) : "") + ")", v.type());
        });
        h.put("MOD", plain("fmod", null, Args.NUMBERS, 2, 2));
        h.put("POWER", plain("pow", FLOAT, Args.NUMBERS, 2, 2));
        Functions.alias(h, "POW", "POWER");
        h.put("SQRT", plain("sqrt", FLOAT, Args.NUMBERS, 1, 1));
        h.put("EXP", plain("exp", FLOAT, Args.NUMBERS, 1, 1));
        h.put("LN", plain("ln", FLOAT, Args.NUMBERS, 1, 1));
        h.put("LOG", c -> {
            c.arity(2, 2);
            return Sql.of("(ln(" + c.number(1) + ") / ln(" + c.number(0) + "))", FLOAT);
        });
        h.put("UUID_STRING", c -> {
            c.arity(0, 0);
            return Sql.of("CAST(uuid() AS VARCHAR)", VARCHAR);
        });
        h.put("SEQ4", LogicFunctions::sequence);
        Functions.alias(h, "SEQ8", "SEQ4");
        Functions.alias(h, "SEQ2", "SEQ4");
        Functions.alias(h, "SEQ1", "SEQ4");
    }

    /** SEQ4() and kin number the rows a query makes (with GENERATOR), from 0. */
    private static Sql sequence(CallContext c) throws SnowflakeSqlException {
        c.arity(0, 1);
        return Sql.of("(row_number() OVER () - 1)", NUMBER);
    }

    private static Sql conversion(CallContext c, SnowflakeType type, boolean tryCast) throws SnowflakeSqlException {
        c.arity(1, 1);
        return Coerce.cast(c.arg(0), type, 0, tryCast);
    }
}
