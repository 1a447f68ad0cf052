package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.ARRAY;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.BOOLEAN;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.NUMBER;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARCHAR;

import dev.pantherkernel.emulator.datalake.snowflake.Functions.Handler;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.util.Map;

/**
 * Regular expressions. REGEXP_LIKE (and RLIKE) match the whole text, as in Snowflake; REGEXP_SUBSTR is NULL when
 * nothing matches; the parameters {@code c i m s e} carry over.
 */
final class RegexFunctions {
    private RegexFunctions() {}

    static void register(Map<String, Handler> h) {
        h.put("REGEXP_LIKE", c -> {
            c.arity(2, 3);
            return Sql.of("regexp_full_match(" + c.varchar(0) + ", " + c.varchar(1) + options(c, 2) + ")", BOOLEAN);
        });
        Functions.alias(h, "RLIKE", "REGEXP_LIKE");
        h.put("REGEXP_SUBSTR", RegexFunctions::substr);
        h.put("REGEXP_SUBSTR_ALL", c -> {
            c.arity(2, 6);
            String text = from(c, 2);
            return Sql.of("to_json(regexp_extract_all(" + text + ", " + c.varchar(1) + ", " + group(c, 4, 5) + options(c, 4) + "))",
                    ARRAY);
        });
        Functions.alias(h, "REGEXP_EXTRACT_ALL", "REGEXP_SUBSTR_ALL");
        h.put("REGEXP_COUNT", c -> {
            c.arity(2, 4);
            return Sql.of("len(regexp_extract_all(" + from(c, 2) + ", " + c.varchar(1) + ", 0" + options(c, 3) + "))", NUMBER);
        });
        h.put("REGEXP_REPLACE", c -> {
            c.arity(2, 6);
            String replacement = c.count() > 2 ? c.varchar(2) : "''";
            String occurrence = c.count() > 4 ? literalNumber(c, 4) : "0";
            if (!occurrence.equals("0") && !occurrence.equals("1")) {
                throw SnowflakeSqlException.unsupported("REGEXP_REPLACE of one occurrence after the first", "");
            }
            String flags = flags(c, 5) + (occurrence.equals("0") ? "g" : "");
            String text = c.varchar(0);
            if (c.count() > 3 && !literalNumber(c, 3).equals("1")) {
                String pos = "CAST(" + c.number(3) + " AS BIGINT)";
                return Sql.of("substring(" + text + ", 1, " + pos + " - 1) || regexp_replace(substring(" + text + ", " + pos + "), "
                        + c.varchar(1) + ", " + replacement + ", " + SqlLiterals.string(flags) + ")", VARCHAR);
            }
            return Sql.of("regexp_replace(" + text + ", " + c.varchar(1) + ", " + replacement + ", " + SqlLiterals.string(flags)
                    + ")", VARCHAR);
        });
    }

    /** REGEXP_SUBSTR(text, pattern [, position [, occurrence [, parameters [, group]]]]). */
    private static Sql substr(CallContext c) throws SnowflakeSqlException {
        c.arity(2, 6);
        String text = from(c, 2);
        String pattern = c.varchar(1);
        String group = group(c, 4, 5);
        String opts = options(c, 4);
        String occurrence = c.count() > 3 ? "CAST(" + c.number(3) + " AS BIGINT)" : "1";
        if (occurrence.equals("1")) {
            return Sql.of("CASE WHEN regexp_matches(" + text + ", " + pattern + opts + ") THEN regexp_extract(" + text + ", "
                    + pattern + ", " + group + opts + ") END", VARCHAR);
        }
        return Sql.of("regexp_extract_all(" + text + ", " + pattern + ", " + group + opts + ")[" + occurrence + "]", VARCHAR);
    }

    /** The text from the position argument at {@code index} on (1 when there is none). */
    private static String from(CallContext c, int index) throws SnowflakeSqlException {
        if (c.count() <= index) {
            return c.varchar(0);
        }
        return "substring(" + c.varchar(0) + ", CAST(" + c.number(index) + " AS BIGINT))";
    }

    /** The group to extract: the group argument, or 1 with the {@code e} parameter, or the whole match. */
    private static String group(CallContext c, int paramsIndex, int groupIndex) throws SnowflakeSqlException {
        if (c.count() > groupIndex) {
            return "CAST(" + c.number(groupIndex) + " AS INTEGER)";
        }
        return flagsText(c, paramsIndex).contains("e") ? "1" : "0";
    }

    /** {@code , 'flags'} for DuckDB's regexp functions; empty when there are none. */
    private static String options(CallContext c, int index) throws SnowflakeSqlException {
        String flags = flags(c, index);
        return flags.isEmpty() ? "" : ", " + SqlLiterals.string(flags);
    }

    private static String flags(CallContext c, int index) throws SnowflakeSqlException {
        StringBuilder out = new StringBuilder();
        for (char f : flagsText(c, index).toCharArray()) {
            switch (f) {
                case 'c', 'i', 'm', 's' -> out.append(f);
                case 'e' -> { }
                default -> throw SnowflakeSqlException.invalid("invalid regular expression parameter '" + f + "'");
            }
        }
        return out.toString();
    }

    private static String flagsText(CallContext c, int index) throws SnowflakeSqlException {
        return c.count() > index ? c.literal(index, "parameter") : "";
    }

    private static String literalNumber(CallContext c, int index) throws SnowflakeSqlException {
        if (c.expr(index) instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.NUMBER) {
            return l.value();
        }
        throw SnowflakeSqlException.unsupported(c.name() + " with a position or occurrence that is not a number literal", "");
    }
}
