package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.DATE;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.TIME;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.TIMESTAMP_NTZ;

import dev.pantherkernel.emulator.datalake.snowflake.Functions.Handler;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.util.Map;

/**
 * TO_TIMESTAMP and kin, TO_DATE, TO_TIME and CONVERT_TIMEZONE. Times are UTC without a zone, as Panther keeps
 * them; a number is seconds since the epoch (or milliseconds ... with a scale of 3, 6, 9).
 */
final class TimeConversions {
    private TimeConversions() {}

    static void register(Map<String, Handler> h) {
        for (String name : new String[] {"TO_TIMESTAMP", "TO_TIMESTAMP_NTZ", "TO_TIMESTAMP_LTZ", "TO_TIMESTAMP_TZ"}) {
            h.put(name, c -> timestamp(c, false));
            h.put("TRY_" + name, c -> timestamp(c, true));
        }
        h.put("TO_DATE", c -> date(c, false));
        Functions.alias(h, "DATE", "TO_DATE");
        h.put("TRY_TO_DATE", c -> date(c, true));
        h.put("TO_TIME", c -> {
            c.arity(1, 2);
            if (c.count() == 2) {
                return Sql.of("CAST(" + parsed(c, false) + " AS TIME)", TIME);
            }
            return Coerce.cast(c.arg(0), TIME, 0, false);
        });
        Functions.alias(h, "TIME", "TO_TIME");
        h.put("CONVERT_TIMEZONE", c -> {
            c.arity(2, 3);
            if (c.count() == 3) {
                return Sql.of("timezone(" + c.varchar(1) + ", timezone(" + c.varchar(0) + ", " + DateTimeFunctions.time(c, 2) + "))",
                        TIMESTAMP_NTZ);
            }
            return Sql.of("timezone(" + c.varchar(0) + ", timezone('UTC', " + DateTimeFunctions.time(c, 1) + "))", TIMESTAMP_NTZ);
        });
    }

    private static Sql timestamp(CallContext c, boolean tryCast) throws SnowflakeSqlException {
        c.arity(1, 2);
        Sql value = c.arg(0);
        if (c.count() == 2) {
            if (c.expr(1) instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NUMBER) {
                String divisor = switch (l.value()) {
                    case "0" -> "1";
                    case "3" -> "1000";
                    case "6" -> "1000000";
                    case "9" -> "1000000000";
                    default -> throw SnowflakeSqlException.invalid(c.name() + ": the scale must be 0, 3, 6 or 9");
                };
                return Sql.of(HelperMacros.call("sf_epoch_timestamp", "(" + Coerce.number(value).text() + ") / " + divisor),
                        TIMESTAMP_NTZ);
            }
            return Sql.of(parsed(c, tryCast), TIMESTAMP_NTZ);
        }
        return Coerce.timestamp(value, tryCast);
    }

    private static Sql date(CallContext c, boolean tryCast) throws SnowflakeSqlException {
        c.arity(1, 2);
        if (c.count() == 2) {
            return Sql.of("CAST(" + parsed(c, tryCast) + " AS DATE)", DATE);
        }
        return Coerce.cast(c.arg(0), DATE, 0, tryCast);
    }

    /** Text parsed with the Snowflake format in argument 2. */
    private static String parsed(CallContext c, boolean tryCast) throws SnowflakeSqlException {
        String format = TimeFormats.toStrftime(c.literal(1, "format"));
        return (tryCast ? "try_strptime(" : "strptime(") + c.varchar(0) + ", " + SqlLiterals.string(format) + ")";
    }
}
