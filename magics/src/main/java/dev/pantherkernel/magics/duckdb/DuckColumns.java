package dev.pantherkernel.magics.duckdb;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.table.ColumnKind;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

import java.util.List;
import java.util.stream.Collectors;

/**
 * DuckDB column types for tables: instants (UTC) are {@code TIMESTAMPTZ}, so files say they are UTC; numbers keep
 * their width; JSON text from VARIANT columns is {@code JSON}, so Parquet marks it as JSON; other text is
 * {@code VARCHAR}.
 */
@Internal
public final class DuckColumns {

    private DuckColumns() {
    }

    /** A column to create: its name and DuckDB type. */
    public record Spec(String name, String type) {
    }

    public static String typeOf(ColumnKind kind) {
        return switch (kind) {
            case INSTANT -> "TIMESTAMPTZ";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case INT -> "INTEGER";
            case LONG -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case STRING -> "VARCHAR";
            case JSON -> "JSON";
        };
    }

    public static String typeOf(Column<?> column) {
        if (column instanceof InstantColumn) {
            return "TIMESTAMPTZ";
        } else if (column instanceof DateTimeColumn) {
            return "TIMESTAMP";
        } else if (column instanceof DateColumn) {
            return "DATE";
        } else if (column instanceof TimeColumn) {
            return "TIME";
        } else if (column instanceof ShortColumn) {
            return "SMALLINT";
        } else if (column instanceof IntColumn) {
            return "INTEGER";
        } else if (column instanceof LongColumn) {
            return "BIGINT";
        } else if (column instanceof FloatColumn) {
            return "FLOAT";
        } else if (column instanceof DoubleColumn) {
            return "DOUBLE";
        } else if (column instanceof BooleanColumn) {
            return "BOOLEAN";
        }
        return "VARCHAR";
    }

    /** {@code CREATE TABLE name (...)} for these columns, every name quoted. */
    public static String createTable(String name, List<Spec> columns) {
        return "CREATE TABLE " + quote(name) + " (" + columns.stream().map(c -> quote(c.name()) + " " + c.type())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** A DuckDB identifier, quoted: any name a table's column may have. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A DuckDB string literal. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
