package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.ARRAY;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.BOOLEAN;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.NUMBER;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARCHAR;
import static dev.pantherkernel.emulator.datalake.snowflake.Functions.plain;

import dev.pantherkernel.emulator.datalake.snowflake.Functions.Args;
import dev.pantherkernel.emulator.datalake.snowflake.Functions.Handler;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** String functions. Their arguments are read as text, so a VARIANT holding a string gives its text unquoted. */
final class TextFunctions {
    private TextFunctions() {}

    static void register(Map<String, Handler> h) {
        h.put("LOWER", plain("lower", VARCHAR, Args.TEXT, 1, 1));
        h.put("UPPER", plain("upper", VARCHAR, Args.TEXT, 1, 1));
        h.put("LENGTH", plain("length", NUMBER, Args.TEXT, 1, 1));
        Functions.alias(h, "LEN", "LENGTH");
        Functions.alias(h, "CHAR_LENGTH", "LENGTH");
        Functions.alias(h, "CHARACTER_LENGTH", "LENGTH");
        h.put("TRIM", c -> trim(c, "trim"));
        h.put("LTRIM", c -> trim(c, "ltrim"));
        h.put("RTRIM", c -> trim(c, "rtrim"));
        h.put("SUBSTR", c -> {
            c.arity(2, 3);
            // Snowflake reads a start of 0 as 1
            String start = "greatest(CAST(" + c.number(1) + " AS BIGINT), 1)";
            return Sql.of("substring(" + c.varchar(0) + ", " + start + (c.count() > 2 ? ", CAST(" + c.number(2) + " AS BIGINT)" : "")
                    + ")", VARCHAR);
        });
        Functions.alias(h, "SUBSTRING", "SUBSTR");
        h.put("LEFT", c -> {
            c.arity(2, 2);
            return Sql.of("left(" + c.varchar(0) + ", CAST(" + c.number(1) + " AS BIGINT))", VARCHAR);
        });
        h.put("RIGHT", c -> {
            c.arity(2, 2);
            return Sql.of("right(" + c.varchar(0) + ", CAST(" + c.number(1) + " AS BIGINT))", VARCHAR);
        });
        h.put("CONCAT", c -> {
            c.arity(1, Integer.MAX_VALUE);
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < c.count(); i++) {
                parts.add(c.varchar(i));
            }
            return Sql.of("(" + String.join(" || ", parts) + ")", VARCHAR);
        });
        h.put("CONCAT_WS", c -> {
            c.arity(2, Integer.MAX_VALUE);
            List<String> parts = new ArrayList<>();
            List<String> nulls = new ArrayList<>();
            for (int i = 1; i < c.count(); i++) {
                parts.add(c.varchar(i));
                nulls.add(c.varchar(i) + " IS NULL");
            }
            return Sql.of("CASE WHEN " + String.join(" OR ", nulls) + " THEN NULL ELSE concat_ws(" + c.varchar(0) + ", "
                    + String.join(", ", parts) + ") END", VARCHAR);
        });
        h.put("REPLACE", c -> {
            c.arity(2, 3);
            return Sql.of("replace(" + c.varchar(0) + ", " + c.varchar(1) + ", " + (c.count() > 2 ? c.varchar(2) : "''") + ")",
                    VARCHAR);
        });
        h.put("REPEAT", c -> {
            c.arity(2, 2);
            return Sql.of("repeat(" + c.varchar(0) + ", CAST(" + c.number(1) + " AS BIGINT))", VARCHAR);
        });
        h.put("REVERSE", plain("reverse", VARCHAR, Args.TEXT, 1, 1));
        h.put("LPAD", c -> pad(c, "lpad"));
        h.put("RPAD", c -> pad(c, "rpad"));
        h.put("INITCAP", c -> {
            c.arity(1, 1);
            return Sql.of("array_to_string(list_transform(string_split(lower(" + c.varchar(0) + "), ' '), "
                    + "w -> upper(substring(w, 1, 1)) || substring(w, 2)), ' ')", VARCHAR);
        });
        h.put("CONTAINS", plain("contains", BOOLEAN, Args.TEXT, 2, 2));
        h.put("STARTSWITH", plain("starts_with", BOOLEAN, Args.TEXT, 2, 2));
        h.put("ENDSWITH", plain("ends_with", BOOLEAN, Args.TEXT, 2, 2));
        h.put("POSITION", c -> position(c, 0, 1));
        h.put("CHARINDEX", c -> position(c, 0, 1));
        h.put("SPLIT", c -> {
            c.arity(2, 2);
            return Sql.of("to_json(string_split(" + c.varchar(0) + ", " + c.varchar(1) + "))", ARRAY);
        });
        h.put("SPLIT_PART", c -> {
            c.arity(3, 3);
            // part 0 is part 1 in Snowflake; negative parts count from the end in both
            String part = "CAST(" + c.number(2) + " AS BIGINT)";
            return Sql.of("split_part(" + c.varchar(0) + ", " + c.varchar(1) + ", CASE WHEN " + part + " = 0 THEN 1 ELSE " + part
                    + " END)", VARCHAR);
        });
        h.put("STRTOK", c -> {
            c.arity(1, 3);
            String part = c.count() > 2 ? "CAST(" + c.number(2) + " AS BIGINT)" : "1";
            return Sql.of("(" + tokens(c) + ")[" + part + "]", VARCHAR);
        });
        h.put("STRTOK_TO_ARRAY", c -> {
            c.arity(1, 2);
            return Sql.of("to_json(" + tokens(c) + ")", ARRAY);
        });
        h.put("TO_VARCHAR", TextFunctions::toVarchar);
        Functions.alias(h, "TO_CHAR", "TO_VARCHAR");
        h.put("MD5", plain("md5", VARCHAR, Args.TEXT, 1, 1));
        Functions.alias(h, "MD5_HEX", "MD5");
        h.put("SHA1", plain("sha1", VARCHAR, Args.TEXT, 1, 1));
        Functions.alias(h, "SHA1_HEX", "SHA1");
        h.put("SHA2", c -> {
            c.arity(1, 2);
            if (c.count() == 2 && !(c.expr(1) instanceof Expr.Literal l && l.value().equals("256"))) {
                throw SnowflakeSqlException.unsupported("SHA2 with a digest size other than 256", "");
            }
            return Sql.of("sha256(" + c.varchar(0) + ")", VARCHAR);
        });
        Functions.alias(h, "SHA2_HEX", "SHA2");
        h.put("ASCII", plain("ascii", NUMBER, Args.TEXT, 1, 1));
        h.put("CHR", c -> {
            c.arity(1, 1);
            return Sql.of("chr(CAST(" + c.number(0) + " AS INTEGER))", VARCHAR);
        });
        Functions.alias(h, "CHAR", "CHR");
        h.put("TRANSLATE", plain("translate", VARCHAR, Args.TEXT, 3, 3));
        h.put("EDITDISTANCE", plain("levenshtein", NUMBER, Args.TEXT, 2, 2));
    }

    private static Sql pad(CallContext c, String duck) throws SnowflakeSqlException {
        c.arity(2, 3);
        return Sql.of(duck + "(" + c.varchar(0) + ", CAST(" + c.number(1) + " AS INTEGER), " + (c.count() > 2 ? c.varchar(2) : "' '")
                + ")", VARCHAR);
    }

    /** TRIM(s [, characters]): Snowflake trims blanks by default. */
    private static Sql trim(CallContext c, String duck) throws SnowflakeSqlException {
        c.arity(1, 2);
        return Sql.of(duck + "(" + c.varchar(0) + (c.count() > 1 ? ", " + c.varchar(1) : "") + ")", VARCHAR);
    }

    /** POSITION(needle, haystack [, from]) and CHARINDEX: 1-based, 0 when not found. */
    private static Sql position(CallContext c, int needle, int haystack) throws SnowflakeSqlException {
        c.arity(2, 3);
        if (c.count() == 3) {
            String from = "greatest(CAST(" + c.number(2) + " AS BIGINT), 1)";
            String found = "instr(substring(" + c.varchar(haystack) + ", " + from + "), " + c.varchar(needle) + ")";
            return Sql.of("CASE WHEN " + found + " = 0 THEN 0 ELSE " + found + " + " + from + " - 1 END", NUMBER);
        }
        return Sql.of("instr(" + c.varchar(haystack) + ", " + c.varchar(needle) + ")", NUMBER);
    }

    /** STRTOK's tokens: the text split at any of the delimiter characters, empty tokens left out. */
    private static String tokens(CallContext c) throws SnowflakeSqlException {
        String delimiters = c.count() > 1 ? c.varchar(1) : SqlLiterals.string(" ");
        return "list_filter(regexp_split_to_array(" + c.varchar(0) + ", '[' || regexp_escape(" + delimiters + ") || ']'), "
                + "t -> t <> '')";
    }

    private static Sql toVarchar(CallContext c) throws SnowflakeSqlException {
        c.arity(1, 2);
        Sql value = c.arg(0);
        if (c.count() == 1) {
            return Coerce.toVarchar(value);
        }
        String format = TimeFormats.toStrftime(c.literal(1, "format"));
        boolean temporal = value.type() != null && (value.type().isTimestamp() || value.type().name().equals("DATE")
                || value.type().name().equals("TIME"));
        if (!temporal && value.type() != null) {
            throw SnowflakeSqlException.unsupported("TO_VARCHAR of a " + value.type() + " with a format", "");
        }
        String time = temporal ? value.text() : Coerce.timestamp(value, false).text();
        return Sql.of("strftime(" + time + ", " + SqlLiterals.string(format) + ")", VARCHAR);
    }
}
