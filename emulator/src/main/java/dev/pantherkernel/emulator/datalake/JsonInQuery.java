package dev.pantherkernel.emulator.datalake;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Lets DuckDB write a result's rows as JSON inside the query ({@code json_object}), which is about twice as fast as
 * reading every value through JDBC into {@link RowWriter}. Only for results whose every column has a type DuckDB
 * writes with the same values as RowWriter (the text of a number may differ, never its value: {@code 12.5} for
 * {@code 12.50}); timestamps get Snowflake's form with milliseconds and non-finite doubles Snowflake's strings.
 * Anything else, or a query that fails this way, goes through RowWriter.
 */
final class JsonInQuery {
    private static final String TIMESTAMP_FORM = "'%Y-%m-%d %H:%M:%S.%g'";

    private JsonInQuery() {}

    /**
     * The query that gives each row of {@code sql} as one JSON object text, or empty when a column's type is one
     * this cannot write as RowWriter does, or when two columns share a name (they could not be told apart).
     */
    static Optional<String> wrap(String sql, ResultSetMetaData meta) throws SQLException {
        int n = meta.getColumnCount();
        if (n == 0) {
            return Optional.empty();
        }
        Set<String> seen = new HashSet<>();
        StringJoiner fields = new StringJoiner(", ");
        for (int i = 1; i <= n; i++) {
            String name = meta.getColumnLabel(i);
            // DuckDB's identifiers ignore case: "a" and "A" would be the same column of the subquery
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            Optional<String> value = value("q." + SqlLiterals.identifier(name), meta.getColumnTypeName(i));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            fields.add(SqlLiterals.string(name)).add(value.get());
        }
        // new lines: a comment at the end of the user's SQL must not swallow the closing parenthesis
        return Optional.of("SELECT json_object(" + fields + ")::VARCHAR FROM (\n" + sql + "\n) AS q");
    }

    private static Optional<String> value(String c, String type) {
        return switch (type) {
            case "BIGINT", "INTEGER", "SMALLINT", "TINYINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT", "BOOLEAN",
                    "VARCHAR", "BIGINT[]", "INTEGER[]", "BOOLEAN[]", "VARCHAR[]", "JSON" -> Optional.of(c);
            case "DOUBLE" -> Optional.of("CASE WHEN " + c + " IS NULL THEN NULL WHEN isfinite(" + c + ") THEN to_json(" + c
                    + ") WHEN isnan(" + c + ") THEN to_json('NaN') WHEN " + c + " > 0 THEN to_json('Infinity')"
                    + " ELSE to_json('-Infinity') END");
            // years outside 1-9999 stop the query here, and RowWriter writes the result instead
            case "TIMESTAMP" -> Optional.of("CASE WHEN " + c + " >= TIMESTAMP '0001-01-01' AND " + c
                    + " < TIMESTAMP '10000-01-01' THEN strftime(" + c + ", " + TIMESTAMP_FORM + ") WHEN " + c
                    + " IS NOT NULL THEN error('a timestamp outside the years 1-9999') END");
            default -> type.startsWith("DECIMAL(") ? Optional.of(c) : Optional.empty();
        };
    }

    /** The rows of a {@link #wrap wrapped} query; stops early (returning what it has) once {@code stop} says so. */
    static List<RawValue> readAll(ResultSet rs, BooleanSupplier stop) throws SQLException {
        List<RawValue> rows = new ArrayList<>();
        readInto(rs, stop, rows::add);
        return rows;
    }

    /** {@link #readAll}, each row handed to {@code into} as it is read. */
    static void readInto(ResultSet rs, BooleanSupplier stop, Consumer<RawValue> into) throws SQLException {
        RowWriter.eachRow(rs, stop, row -> new RawValue(new JsonText(row.getString(1).getBytes(StandardCharsets.UTF_8))), into);
    }
}
