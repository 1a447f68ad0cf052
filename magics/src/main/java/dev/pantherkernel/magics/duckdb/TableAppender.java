package dev.pantherkernel.magics.duckdb;

import dev.pantherkernel.magics.core.Internal;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Appends the rows of Tablesaw tables to a DuckDB table through DuckDB's appender (no SQL text per row), each value
 * by its column's type: instants as epoch microseconds, numbers and booleans as themselves, missing cells as NULL.
 */
@Internal
public final class TableAppender implements AutoCloseable {

    private final DuckDBAppender appender;
    private long rows;

    public TableAppender(Connection connection, String table) throws SQLException {
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    /** Every row of {@code table}, whose columns are in the DuckDB table's order. */
    public void append(Table table) throws SQLException {
        int width = table.columnCount();
        Column<?>[] columns = table.columnArray();
        for (int row = 0; row < table.rowCount(); row++) {
            appender.beginRow();
            for (int c = 0; c < width; c++) {
                value(columns[c], row);
            }
            appender.endRow();
            rows++;
        }
    }

    public long rows() {
        return rows;
    }

    private void value(Column<?> column, int row) throws SQLException {
        if (column.isMissing(row)) {
            appender.appendNull();
        } else if (column instanceof InstantColumn c) {
            Instant at = c.get(row);
            appender.appendEpochMicros(Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L),
                    at.getNano() / 1_000));
        } else if (column instanceof LongColumn c) {
            appender.append(c.getLong(row));
        } else if (column instanceof IntColumn c) {
            appender.append(c.getInt(row));
        } else if (column instanceof ShortColumn c) {
            appender.append(c.getShort(row));
        } else if (column instanceof DoubleColumn c) {
            appender.append(c.getDouble(row));
        } else if (column instanceof FloatColumn c) {
            appender.append(c.getFloat(row));
        } else if (column instanceof BooleanColumn c) {
            appender.append(c.get(row));
        } else if (column instanceof DateTimeColumn c) {
            appender.append(c.get(row));
        } else if (column instanceof DateColumn c) {
            appender.append(c.get(row));
        } else if (column instanceof TimeColumn c) {
            appender.append(c.get(row));
        } else {
            appender.append(column.getString(row));
        }
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
