package dev.pantherkernel.magics.local;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * A DuckDB result as a typed Tablesaw table: timestamps as instants (UTC; a timestamp without a zone is taken as
 * UTC, as Panther's are), integers as longs, other numbers as doubles, booleans, dates, and everything else (text,
 * JSON, lists, structs) as text. Names that differ only in case get a suffix: Tablesaw's names ignore case.
 */
final class ResultSetTable {

    private ResultSetTable() {
    }

    /** How often reading asks whether to stop: every this many rows. */
    private static final int STOP_CHECK = 1024;

    /** Reads at most {@code limit} rows (0: all), leaving the result set on the last row read. */
    public static Table read(ResultSet rs, String name, long limit) throws SQLException {
        return read(rs, name, limit, rows -> false);
    }

    /**
     * Reads at most {@code limit} rows (0: all), leaving the result set on the last row read; stops early, between
     * rows, once {@code stop} says so (it is asked every {@value #STOP_CHECK} rows, with how many were read, before the
     * next row is asked for: the next row may be the first of a chunk the driver builds then).
     */
    public static Table read(ResultSet rs, String name, long limit, LongPredicate stop) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int width = meta.getColumnCount();
        Column<?>[] columns = new Column<?>[width];
        Set<String> taken = new HashSet<>();
        for (int c = 0; c < width; c++) {
            String base = meta.getColumnLabel(c + 1);
            String unique = base;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = base + "_" + n;
            }
            columns[c] = column(meta.getColumnType(c + 1), meta.getColumnTypeName(c + 1), unique);
        }
        long rows = 0;
        while ((limit <= 0 || rows < limit) && (rows % STOP_CHECK != 0 || rows == 0 || !stop.test(rows)) && rs.next()) {
            rows++;
            for (int c = 0; c < width; c++) {
                append(columns[c], rs, c + 1);
            }
        }
        return Table.create(name, columns);
    }

    private static Column<?> column(int sqlType, String typeName, String name) {
        String type = typeName.toUpperCase(Locale.ROOT);
        if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE || sqlType == Types.TIMESTAMP || type.startsWith("TIMESTAMP")) {
            return InstantColumn.create(name);
        }
        return switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> LongColumn.create(name);
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.DECIMAL, Types.NUMERIC -> DoubleColumn.create(name);
            case Types.BOOLEAN, Types.BIT -> BooleanColumn.create(name);
            case Types.DATE -> DateColumn.create(name);
            default -> StringColumn.create(name);
        };
    }

    private static void append(Column<?> column, ResultSet rs, int index) throws SQLException {
        Object value = rs.getObject(index);
        if (value == null) {
            column.appendMissing();
        } else if (column instanceof InstantColumn c) {
            c.append(value instanceof OffsetDateTime odt ? odt.toInstant()
                    : rs.getObject(index, LocalDateTime.class).toInstant(ZoneOffset.UTC));
        } else if (column instanceof LongColumn c) {
            c.append(((Number) value).longValue());
        } else if (column instanceof DoubleColumn c) {
            c.append(((Number) value).doubleValue());
        } else if (column instanceof BooleanColumn c) {
            c.append((Boolean) value);
        } else if (column instanceof DateColumn c) {
            c.append(rs.getObject(index, LocalDate.class));
        } else {
            ((StringColumn) column).append(rs.getString(index));
        }
    }
}
