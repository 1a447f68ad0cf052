package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.DATE;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.NUMBER;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.TIME;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.TIMESTAMP_NTZ;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARCHAR;

import dev.pantherkernel.emulator.datalake.snowflake.Functions.Handler;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.util.Locale;
import java.util.Map;

/**
 * Date and time arithmetic: DATEADD, DATEDIFF (counting part boundaries, as Snowflake does), TIME_SLICE (slices
 * from 1970-01-01), DATE_TRUNC, the parts (YEAR, HOUR, DAYOFWEEK ...) and the current time, which is UTC.
 */
final class DateTimeFunctions {
    private DateTimeFunctions() {}

    static void register(Map<String, Handler> h) {
        h.put("DATEADD", DateTimeFunctions::add);
        Functions.alias(h, "TIMEADD", "DATEADD");
        Functions.alias(h, "TIMESTAMPADD", "DATEADD");
        h.put("DATEDIFF", c -> {
            c.arity(3, 3);
            DatePart part = c.datePart(0);
            return Sql.of("date_diff(" + SqlLiterals.string(part.duckDb) + ", " + time(c, 1) + ", " + time(c, 2) + ")", NUMBER);
        });
        Functions.alias(h, "TIMEDIFF", "DATEDIFF");
        Functions.alias(h, "TIMESTAMPDIFF", "DATEDIFF");
        h.put("TIME_SLICE", DateTimeFunctions::timeSlice);
        h.put("DATE_TRUNC", DateTimeFunctions::truncate);
        h.put("TRUNC", c -> {
            c.arity(1, 2);
            Sql value = c.arg(0);
            boolean temporal = value.type() != null && (value.type().isTimestamp() || value.type() == DATE);
            if (temporal || c.count() == 2 && CallContext.partWord(c.expr(1)) != null
                    && !(c.expr(1) instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NUMBER)) {
                return truncate(c);
            }
            Sql n = Coerce.number(value);
            return Sql.of("trunc(" + n.text() + (c.count() > 1 ? ", CAST(" + c.number(1) + " AS INTEGER)" : "") + ")", n.type());
        });
        Functions.alias(h, "TRUNCATE", "TRUNC");
        for (String now : new String[] {"CURRENT_TIMESTAMP", "SYSDATE", "GETDATE", "SYSTIMESTAMP", "LOCALTIMESTAMP"}) {
            h.put(now, c -> {
                c.arity(0, 1);
                return Sql.of(HelperMacros.call("sf_now"), TIMESTAMP_NTZ);
            });
        }
        h.put("CURRENT_DATE", c -> {
            c.arity(0, 0);
            return Sql.of("CAST(" + HelperMacros.call("sf_now") + " AS DATE)", DATE);
        });
        for (String now : new String[] {"CURRENT_TIME", "LOCALTIME"}) {
            h.put(now, c -> {
                c.arity(0, 1);
                return Sql.of("CAST(" + HelperMacros.call("sf_now") + " AS TIME)", TIME);
            });
        }
        h.put("DATE_PART", c -> {
            c.arity(2, 2);
            return part(c, CallContext.partWord(c.expr(0)), 1);
        });
        for (String p : new String[] {"YEAR", "QUARTER", "MONTH", "WEEK", "WEEKOFYEAR", "WEEKISO", "DAY", "DAYOFMONTH",
            "DAYOFWEEK", "DAYOFWEEKISO", "DAYOFYEAR", "HOUR", "MINUTE", "SECOND", "YEAROFWEEK", "YEAROFWEEKISO"}) {
            h.put(p, c -> {
                c.arity(1, 1);
                return part(c, p, 0);
            });
        }
        h.put("LAST_DAY", c -> {
            c.arity(1, 2);
            return Sql.of("last_day(CAST(" + time(c, 0) + " AS DATE))", DATE);
        });
        h.put("MONTHNAME", c -> {
            c.arity(1, 1);
            return Sql.of("strftime(" + time(c, 0) + ", '%b')", VARCHAR);
        });
        h.put("DAYNAME", c -> {
            c.arity(1, 1);
            return Sql.of("strftime(" + time(c, 0) + ", '%a')", VARCHAR);
        });
        h.put("DATE_FROM_PARTS", c -> {
            c.arity(3, 3);
            return Sql.of("(make_date(CAST(" + c.number(0) + " AS BIGINT), 1, 1) + to_months(CAST(" + c.number(1)
                    + " AS INTEGER) - 1) + to_days(CAST(" + c.number(2) + " AS INTEGER) - 1))::DATE", DATE);
        });
        Functions.alias(h, "DATEFROMPARTS", "DATE_FROM_PARTS");
    }

    /** A date/time argument: a DATE stays a DATE, text and VARIANT values are read as timestamps. */
    static String time(CallContext c, int i) throws SnowflakeSqlException {
        Sql v = c.arg(i);
        if (v.type() == DATE || v.type() == TIME) {
            return v.text();
        }
        return Coerce.timestamp(v, false).text();
    }

    /** DATEADD(part, n, when): a DATE stays a DATE when whole days or more are added. */
    private static Sql add(CallContext c) throws SnowflakeSqlException {
        c.arity(3, 3);
        DatePart part = c.datePart(0);
        Sql when = c.arg(2);
        String n = c.number(1);
        if (when.type() == DATE && part.isDatePart()) {
            return Sql.of("CAST(" + when.text() + " + " + part.interval(n) + " AS DATE)", DATE);
        }
        if (when.type() == TIME) {
            return Sql.of("(" + when.text() + " + " + part.interval(n) + ")", TIME);
        }
        return Sql.of("(" + time(c, 2) + " + " + part.interval(n) + ")", TIMESTAMP_NTZ);
    }

    /** TIME_SLICE(when, n, part [, 'START' | 'END']): slices counted from 1970-01-01 (weeks from Monday 1970-01-05). */
    private static Sql timeSlice(CallContext c) throws SnowflakeSqlException {
        c.arity(3, 4);
        DatePart part = c.datePart(2);
        if (part.ordinal() > DatePart.SECOND.ordinal()) {
            throw SnowflakeSqlException.invalid("TIME_SLICE takes YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE or SECOND");
        }
        Sql when = c.arg(0);
        String n = c.number(1);
        String origin = part == DatePart.WEEK ? "TIMESTAMP '1970-01-05'" : "TIMESTAMP '1970-01-01'";
        String interval = part.interval(n);
        String start = "time_bucket(" + interval + ", " + time(c, 0) + ", " + origin + ")";
        boolean end = c.count() > 3 && c.literal(3, "START or END").equalsIgnoreCase("END");
        String slice = end ? "(" + start + " + " + interval + ")" : start;
        return when.type() == DATE ? Sql.of("CAST(" + slice + " AS DATE)", DATE) : Sql.of(slice, TIMESTAMP_NTZ);
    }

    /** DATE_TRUNC(part, when); the other order, DATE_TRUNC(when, part), is read too. */
    private static Sql truncate(CallContext c) throws SnowflakeSqlException {
        c.arity(2, 2);
        boolean partFirst = CallContext.partWord(c.expr(0)) != null && DatePart.of(CallContext.partWord(c.expr(0))).isPresent();
        int partIndex = partFirst ? 0 : 1;
        int whenIndex = partFirst ? 1 : 0;
        DatePart part = c.datePart(partIndex);
        Sql when = c.arg(whenIndex);
        String truncated = "date_trunc(" + SqlLiterals.string(part.duckDb) + ", " + time(c, whenIndex) + ")";
        if (when.type() == DATE) {
            return Sql.of("CAST(" + truncated + " AS DATE)", DATE);
        }
        return Sql.of("CAST(" + truncated + " AS TIMESTAMP)", TIMESTAMP_NTZ);
    }

    /** A part of a date or time as a number; DAYOFWEEK counts from Sunday = 0, DAYOFWEEKISO from Monday = 1. */
    private static Sql part(CallContext c, String name, int whenIndex) throws SnowflakeSqlException {
        if (name == null) {
            throw SnowflakeSqlException.invalid("function " + c.name() + " needs a date or time part");
        }
        String duck = switch (name.toUpperCase(Locale.ROOT)) {
            case "DAYOFWEEK", "DOW", "WEEKDAY", "DW" -> "dayofweek";
            case "DAYOFWEEKISO", "DOW_ISO", "WEEKDAY_ISO" -> "isodow";
            case "DAYOFYEAR", "YEARDAY", "DOY", "DY" -> "dayofyear";
            case "WEEKISO", "WEEK_ISO", "WEEKOFYEARISO", "WEEKOFYEAR_ISO" -> "week";
            case "YEAROFWEEK", "YEAROFWEEKISO" -> "isoyear";
            case "EPOCH_SECOND", "EPOCH", "EPOCH_SECONDS" -> "epoch";
            case "EPOCH_MILLISECOND", "EPOCH_MILLISECONDS" -> "epoch_ms";
            default -> DatePart.of(name).map(p -> p == DatePart.WEEK ? "week" : p.duckDb).orElseThrow(() ->
                    SnowflakeSqlException.invalid("function " + c.name() + ": unknown date or time part '" + name + "'"));
        };
        return Sql.of("CAST(date_part(" + SqlLiterals.string(duck) + ", " + time(c, whenIndex) + ") AS BIGINT)", NUMBER);
    }
}
