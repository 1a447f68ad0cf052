package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.ARRAY;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.BOOLEAN;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.FLOAT;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.NUMBER;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.OBJECT;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARCHAR;
import static dev.pantherkernel.emulator.datalake.snowflake.Functions.plain;

import dev.pantherkernel.emulator.datalake.snowflake.Functions.Args;
import dev.pantherkernel.emulator.datalake.snowflake.Functions.Handler;
import java.util.Locale;
import java.util.Map;

/** Aggregates and window functions. */
final class AggregateFunctions {
    private AggregateFunctions() {}

    static void register(Map<String, Handler> h) {
        h.put("COUNT", c -> {
            if (c.call().star()) {
                return Sql.of("count(*)" + c.over(), NUMBER);
            }
            c.arity(1, 1);
            return Sql.of("count(" + c.distinct() + c.text(0) + ")" + c.over(), NUMBER);
        });
        h.put("COUNT_IF", c -> {
            c.arity(1, 1);
            return Sql.of("count_if(" + c.translator().condition(c.expr(0)) + ")" + c.over(), NUMBER);
        });
        h.put("SUM", c -> {
            c.arity(1, 1);
            Sql v = Coerce.number(c.arg(0));
            return Sql.of("sum(" + c.distinct() + v.text() + ")" + c.over(), v.type() == FLOAT ? FLOAT : NUMBER);
        });
        h.put("AVG", plain("avg", FLOAT, Args.NUMBERS, 1, 1));
        h.put("MIN", plain("min", null, Args.AS_IS, 1, 1));
        h.put("MAX", plain("max", null, Args.AS_IS, 1, 1));
        h.put("ANY_VALUE", plain("any_value", null, Args.AS_IS, 1, 1));
        h.put("MODE", plain("mode", null, Args.AS_IS, 1, 1));
        h.put("MEDIAN", plain("median", FLOAT, Args.NUMBERS, 1, 1));
        h.put("APPROX_COUNT_DISTINCT", plain("approx_count_distinct", NUMBER, Args.AS_IS, 1, 1));
        Functions.alias(h, "HLL", "APPROX_COUNT_DISTINCT");
        for (String f : new String[] {"STDDEV", "STDDEV_SAMP", "STDDEV_POP", "VARIANCE", "VAR_SAMP", "VAR_POP", "VARIANCE_SAMP",
            "VARIANCE_POP", "CORR", "COVAR_SAMP", "COVAR_POP"}) {
            String duck = switch (f) {
                case "STDDEV" -> "stddev_samp";
                case "VARIANCE", "VARIANCE_SAMP" -> "var_samp";
                case "VARIANCE_POP" -> "var_pop";
                default -> f.toLowerCase(Locale.ROOT);
            };
            h.put(f, plain(duck, FLOAT, Args.NUMBERS, 1, 2));
        }
        h.put("BOOLOR_AGG", c -> bool(c, "bool_or"));
        h.put("BOOLAND_AGG", c -> bool(c, "bool_and"));
        h.put("MAX_BY", plain("arg_max", null, Args.AS_IS, 2, 2));
        h.put("MIN_BY", plain("arg_min", null, Args.AS_IS, 2, 2));
        h.put("ARRAY_AGG", c -> arrayAgg(c, c.distinct()));
        Functions.alias(h, "ARRAYAGG", "ARRAY_AGG");
        h.put("ARRAY_UNIQUE_AGG", c -> arrayAgg(c, "DISTINCT "));
        h.put("LISTAGG", c -> {
            c.arity(1, 2);
            String separator = c.count() > 1 ? c.varchar(1) : "''";
            String agg = "string_agg(" + c.distinct() + c.varchar(0) + ", " + separator + c.withinGroup() + ")";
            return Sql.of(c.call().over() == null ? "coalesce(" + agg + ", '')" : agg + c.over(), VARCHAR);
        });
        h.put("OBJECT_AGG", c -> {
            c.arity(2, 2);
            return Sql.of("coalesce(json_group_object(" + c.varchar(0) + ", " + c.variant(1) + ")" + c.over()
                    + ", CAST('{}' AS JSON))", OBJECT);
        });
        h.put("PERCENTILE_CONT", c -> percentile(c, "quantile_cont"));
        h.put("PERCENTILE_DISC", c -> percentile(c, "quantile_disc"));
        h.put("APPROX_PERCENTILE", c -> {
            c.arity(2, 2);
            return Sql.of("approx_quantile(" + c.number(0) + ", " + c.text(1) + ")" + c.over(), FLOAT);
        });
        windowFunctions(h);
    }

    private static void windowFunctions(Map<String, Handler> h) {
        for (String f : new String[] {"ROW_NUMBER", "RANK", "DENSE_RANK", "NTILE"}) {
            h.put(f, plain(f.toLowerCase(Locale.ROOT), NUMBER, Args.AS_IS, 0, 1));
        }
        h.put("PERCENT_RANK", plain("percent_rank", FLOAT, Args.AS_IS, 0, 0));
        h.put("CUME_DIST", plain("cume_dist", FLOAT, Args.AS_IS, 0, 0));
        h.put("LAG", plain("lag", null, Args.AS_IS, 1, 3));
        h.put("LEAD", plain("lead", null, Args.AS_IS, 1, 3));
        h.put("FIRST_VALUE", plain("first_value", null, Args.AS_IS, 1, 1));
        h.put("LAST_VALUE", plain("last_value", null, Args.AS_IS, 1, 1));
        h.put("NTH_VALUE", plain("nth_value", null, Args.AS_IS, 2, 2));
        h.put("RATIO_TO_REPORT", c -> {
            c.arity(1, 1);
            String v = c.number(0);
            return Sql.of("(" + v + " / sum(" + v + ")" + c.over() + ")", FLOAT);
        });
        h.put("CONDITIONAL_TRUE_EVENT", c -> {
            c.arity(1, 1);
            return Sql.of("(sum(CASE WHEN " + c.translator().condition(c.expr(0)) + " THEN 1 ELSE 0 END)" + c.over()
                    + " - CASE WHEN " + c.translator().condition(c.expr(0)) + " THEN 1 ELSE 0 END)", NUMBER);
        });
    }

    private static Sql bool(CallContext c, String duck) throws SnowflakeSqlException {
        c.arity(1, 1);
        return Sql.of(duck + "(" + c.translator().condition(c.expr(0)) + ")" + c.over(), BOOLEAN);
    }

    /** ARRAY_AGG leaves NULLs out and gives [] for no values, as Snowflake does. */
    private static Sql arrayAgg(CallContext c, String distinct) throws SnowflakeSqlException {
        c.arity(1, 1);
        Sql value = c.arg(0);
        // the values themselves (DuckDB wants a DISTINCT's ORDER BY among its arguments); to_json makes the array
        String v = value.type() != null && value.type().isTimestamp() ? Coerce.toVarchar(value).text() : value.text();
        String list = "list(" + distinct + v + c.withinGroup() + ") FILTER (WHERE " + value.text() + " IS NOT NULL)" + c.over();
        return Sql.of("coalesce(to_json(" + list + "), CAST('[]' AS JSON))", ARRAY);
    }

    private static Sql percentile(CallContext c, String duck) throws SnowflakeSqlException {
        c.arity(1, 1);
        if (c.call().withinGroup().size() != 1) {
            throw SnowflakeSqlException.invalid(c.name() + " needs WITHIN GROUP (ORDER BY one expression)");
        }
        Expr.OrderItem by = c.call().withinGroup().get(0);
        String value = Coerce.number(c.translator().translate(by.expr())).text();
        return Sql.of(duck + "(" + value + ", " + c.text(0) + ")" + c.over(), FLOAT);
    }
}
