package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.BOOLEAN;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.DATE;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.FLOAT;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.NUMBER;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.TIME;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.TIMESTAMP_NTZ;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARCHAR;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARIANT;

import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;

/**
 * Snowflake's conversions between values, written for DuckDB, where VARIANT, OBJECT and ARRAY values are JSON. A
 * JSON string becomes its text without quotes, a JSON number a number, and back; a timestamp becomes text as
 * Snowflake prints it ({@code 2024-05-01 13:45:00.000}). The {@code sf_*} macros are {@link HelperMacros}.
 */
final class Coerce {
    private static final String TIMESTAMP_TEXT = "'%Y-%m-%d %H:%M:%S.%g'";

    private Coerce() {}

    static Sql toVarchar(Sql s) {
        if (s.isNull() || s.is(VARCHAR)) {
            return Sql.of(s.text(), VARCHAR);
        }
        if (s.isSemi()) {
            return Sql.of("json_extract_string(" + s.text() + ", '$')", VARCHAR);
        }
        if (s.type() != null && s.type().isTimestamp()) {
            return Sql.of("strftime(" + s.text() + ", " + TIMESTAMP_TEXT + ")", VARCHAR);
        }
        return Sql.of("CAST(" + s.text() + " AS VARCHAR)", VARCHAR);
    }

    static Sql toVariant(Sql s) {
        if (s.isSemi()) {
            return s;
        }
        if (s.isNull()) {
            return Sql.of("CAST(NULL AS JSON)", VARIANT);
        }
        if (s.type() != null && s.type().isTimestamp()) {
            return Sql.of("to_json(" + toVarchar(s).text() + ")", VARIANT);
        }
        return Sql.of("to_json(" + s.text() + ")", VARIANT);
    }

    /** A value as {@code target}, as Snowflake's {@code ::} cast (or {@code TRY_CAST}) converts it. */
    static Sql cast(Sql s, SnowflakeType target, int scale, boolean tryCast) {
        if (target.isSemiStructured()) {
            Sql v = toVariant(s);
            return Sql.of(v.text(), s.isSemi() && target == VARIANT ? VARIANT : target);
        }
        if (target == VARCHAR) {
            return toVarchar(s);
        }
        String cast = tryCast ? "TRY_CAST" : "CAST";
        Sql source = s.isSemi() ? toVarchar(s) : s;
        return switch (target) {
            case NUMBER -> scale > 0
                    ? Sql.of(cast + "(" + source.text() + " AS DECIMAL(38, " + scale + "))", NUMBER)
                    : Sql.of(wholeNumber(source, cast), NUMBER);
            case FLOAT -> Sql.of(cast + "(" + source.text() + " AS DOUBLE)", FLOAT);
            case BOOLEAN -> Sql.of(cast + "(" + source.text() + " AS BOOLEAN)", BOOLEAN);
            case DATE -> source.type() == null || source.is(VARCHAR)
                    ? Sql.of(cast + "(" + timestamp(source, tryCast).text() + " AS DATE)", DATE)
                    : Sql.of(cast + "(" + source.text() + " AS DATE)", DATE);
            case TIME -> Sql.of(cast + "(" + source.text() + " AS TIME)", TIME);
            case TIMESTAMP_NTZ, TIMESTAMP_LTZ, TIMESTAMP_TZ -> Sql.of(timestamp(source, tryCast).text(), TIMESTAMP_NTZ);
            default -> Sql.of(cast + "(" + source.text() + " AS " + target.duckDbType() + ")", target);
        };
    }

    /** Snowflake's NUMBER(38, 0): text and decimals round half away from zero (DuckDB's DECIMAL cast does). */
    private static String wholeNumber(Sql source, String cast) {
        if (source.type() == NUMBER) {
            return source.text();
        }
        if (source.type() == FLOAT) {
            return cast + "(round(" + source.text() + ") AS BIGINT)";
        }
        if (source.type() == BOOLEAN) {
            return cast + "(" + source.text() + " AS BIGINT)";
        }
        return cast + "(" + cast + "(" + source.text() + " AS DECIMAL(38, 9)) AS BIGINT)";
    }

    /** A timestamp from text (ISO forms, or seconds/milliseconds since the epoch as digits), a date or a number. */
    static Sql timestamp(Sql s, boolean tryCast) {
        if (s.type() != null && s.type().isTimestamp()) {
            return Sql.of(s.text(), TIMESTAMP_NTZ);
        }
        if (s.is(DATE)) {
            return Sql.of("CAST(" + s.text() + " AS TIMESTAMP)", TIMESTAMP_NTZ);
        }
        if (s.is(NUMBER) || s.is(FLOAT)) {
            return Sql.of(HelperMacros.call("sf_epoch_timestamp", s.text()), TIMESTAMP_NTZ);
        }
        Sql text = s.isSemi() ? toVarchar(s) : s;
        return Sql.of(HelperMacros.call(tryCast ? "sf_try_timestamp" : "sf_timestamp", text.text()), TIMESTAMP_NTZ);
    }

    /** A value in a condition (WHERE, ON, CASE WHEN, AND, NOT ...): a VARIANT holding true or false is read as one. */
    static String condition(Sql s) {
        return s.isSemi() ? "TRY_CAST(" + toVarchar(s).text() + " AS BOOLEAN)" : s.text();
    }

    /** A number for arithmetic: VARIANT and text values are converted as Snowflake does when it must. */
    static Sql number(Sql s) {
        if (s.isSemi() || s.is(VARCHAR)) {
            return Sql.of("CAST(" + (s.isSemi() ? toVarchar(s) : s).text() + " AS DOUBLE)", FLOAT);
        }
        return s;
    }

    /** Two values made comparable: a VARIANT compared with a scalar takes the scalar's type, text with a time a time. */
    static Sql[] comparable(Sql left, Sql right) {
        if (left.isSemi() && right.isSemi() || left.isNull() || right.isNull()) {
            return new Sql[] {left, right};
        }
        if (left.isSemi()) {
            return new Sql[] {like(left, right), right};
        }
        if (right.isSemi()) {
            return new Sql[] {left, like(right, left)};
        }
        if (isTime(left) && right.is(VARCHAR) && !right.literal()) {
            return new Sql[] {left, timestamp(right, true)};
        }
        if (isTime(right) && left.is(VARCHAR) && !left.literal()) {
            return new Sql[] {timestamp(left, true), right};
        }
        return new Sql[] {left, right};
    }

    private static boolean isTime(Sql s) {
        return s.type() != null && (s.type().isTimestamp() || s.type() == DATE);
    }

    /** The VARIANT {@code v} converted to the kind of value {@code other} is, for comparing with it. */
    static Sql like(Sql v, Sql other) {
        SnowflakeType t = other.type();
        if (t == null || t == VARCHAR) {
            return toVarchar(v);
        }
        if (t.isNumeric()) {
            return Sql.of("TRY_CAST(" + toVarchar(v).text() + " AS DOUBLE)", FLOAT);
        }
        if (t.isTimestamp()) {
            return timestamp(v, true);
        }
        return cast(v, t, 0, true);
    }
}
