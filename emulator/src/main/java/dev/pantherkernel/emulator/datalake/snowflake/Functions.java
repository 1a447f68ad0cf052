package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The Snowflake functions the front end translates, by name. A function not listed here fails the query with a
 * message naming it, rather than reaching DuckDB, whose function of the same name may mean something else.
 */
final class Functions {

    /** Translates one call. */
    @FunctionalInterface
    interface Handler {
        Sql apply(CallContext c) throws SnowflakeSqlException;
    }

    /** How a plain function reads its arguments. */
    enum Args { AS_IS, TEXT, NUMBERS }

    private static final Map<String, Handler> HANDLERS = new HashMap<>();

    static {
        AggregateFunctions.register(HANDLERS);
        LogicFunctions.register(HANDLERS);
        TextFunctions.register(HANDLERS);
        RegexFunctions.register(HANDLERS);
        SemiStructuredFunctions.register(HANDLERS);
        ArrayFunctions.register(HANDLERS);
        DateTimeFunctions.register(HANDLERS);
        TimeConversions.register(HANDLERS);
        PantherMacroCalls.register(HANDLERS);
    }

    private Functions() {}

    static Sql translate(ExpressionTranslator t, Expr.Call call) throws SnowflakeSqlException {
        Handler handler = HANDLERS.get(call.name());
        if (handler == null) {
            throw SnowflakeSqlException.invalid("Unknown function " + call.name()
                    + " (the demo's Snowflake front end does not translate it)");
        }
        if (call.star() && !call.name().equals("COUNT") && !call.name().equals("OBJECT_CONSTRUCT")) {
            throw SnowflakeSqlException.invalid("function " + call.name() + " does not take *");
        }
        return handler.apply(new CallContext(t, call));
    }

    /**
     * A function DuckDB has under {@code duckDb} with Snowflake's meaning; {@code type} null means the type of the
     * first argument.
     */
    static Handler plain(String duckDb, SnowflakeType type, Args args, int min, int max) {
        return c -> {
            c.arity(min, max);
            List<Sql> values = new ArrayList<>();
            for (int i = 0; i < c.count(); i++) {
                Sql v = c.arg(i);
                values.add(switch (args) {
                    case TEXT -> Coerce.toVarchar(v);
                    case NUMBERS -> Coerce.number(v);
                    case AS_IS -> v;
                });
            }
            SnowflakeType result = type != null ? type : values.isEmpty() ? null : values.get(0).type();
            StringJoiner list = new StringJoiner(", ");
            values.forEach(v -> list.add(v.text()));
            String ignore = c.call().ignoreNulls() ? " IGNORE NULLS" : "";
            return Sql.of(duckDb + "(" + c.distinct() + list + ignore + ")" + c.over(), result);
        };
    }

    static void alias(Map<String, Handler> handlers, String name, String existing) {
        handlers.put(name, handlers.get(existing));
    }
}
