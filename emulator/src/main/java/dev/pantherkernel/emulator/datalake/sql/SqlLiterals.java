package dev.pantherkernel.emulator.datalake.sql;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;

/** SQL literals for SQL text the emulator writes itself (never for parsing what users send). */
public final class SqlLiterals {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private SqlLiterals() {}

    /** A standard SQL string literal; doubling quotes is all DuckDB needs (it has no backslash escapes). */
    public static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    public static String list(Collection<String> values) {
        return values.stream().map(SqlLiterals::string).collect(Collectors.joining(", ", "[", "]"));
    }

    public static String timestamp(Instant instant) {
        return "TIMESTAMP '" + TIMESTAMP.format(instant) + "'";
    }

    /** A double-quoted identifier. */
    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
