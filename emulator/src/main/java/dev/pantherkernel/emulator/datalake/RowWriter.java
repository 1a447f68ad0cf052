package dev.pantherkernel.emulator.datalake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.duckdb.DuckDBStruct;

/**
 * Reads a JDBC result into JSON rows ({@code {"column": value}}), each written once here so that
 * serving a page later is only copying bytes. Nested STRUCT/LIST/MAP values become JSON objects and
 * arrays; timestamps are written as Snowflake shows them ({@code 2024-05-01 13:45:00.000}).
 */
final class RowWriter {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private final ByteArrayBuilder buffer = new ByteArrayBuilder(512);
    private final char[] timestampText = "0000-00-00 00:00:00.000".toCharArray();
    private final JsonGenerator out;

    RowWriter() {
        try {
            out = FACTORY.createGenerator(buffer);
            // rows are separate documents: no separator between them
            out.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Column names in select order and their Snowflake types. A JSON column is the VARIANT, OBJECT or ARRAY that
     * {@code declared} says (the front end's types of the output columns), else a VARIANT.
     */
    static Map<String, String> columns(ResultSetMetaData meta, Map<String, SnowflakeType> declared) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnLabel(i);
            SnowflakeType type = SnowflakeTypes.typeOf(meta.getColumnTypeName(i));
            SnowflakeType said = declared.get(name);
            if (type == SnowflakeType.VARIANT && said != null && said.isSemiStructured()) {
                type = said;
            }
            types.put(name, type.name());
        }
        return types;
    }

    /** All rows of the result; stops early (returning what it has) once {@code stop} says so. */
    List<RawValue> readAll(ResultSet rs, BooleanSupplier stop) throws SQLException {
        List<RawValue> rows = new ArrayList<>();
        readInto(rs, stop, rows::add);
        return rows;
    }

    /** {@link #readAll}, each row handed to {@code into} as it is read. */
    void readInto(ResultSet rs, BooleanSupplier stop, Consumer<RawValue> into) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        String[] names = new String[n];
        Cell[] cells = new Cell[n];
        for (int i = 0; i < n; i++) {
            names[i] = meta.getColumnLabel(i + 1);
            cells[i] = cellFor(meta.getColumnTypeName(i + 1));
        }
        eachRow(rs, stop, current -> row(current, names, cells), into);
    }

    /** Reads the current row of a result set into its JSON. */
    @FunctionalInterface
    interface RowReader {
        RawValue read(ResultSet rs) throws SQLException;
    }

    /** Every row of the result through {@code reader} to {@code into}; stops early once {@code stop} says so. */
    static void eachRow(ResultSet rs, BooleanSupplier stop, RowReader reader, Consumer<RawValue> into) throws SQLException {
        int read = 0;
        while (rs.next()) {
            if ((read & 1023) == 0 && stop.getAsBoolean()) {
                break;
            }
            into.accept(reader.read(rs));
            read++;
        }
    }

    /** Writes one column's value of the current row. */
    @FunctionalInterface
    private interface Cell {
        void write(ResultSet rs, int column) throws IOException, SQLException;
    }

    /**
     * The common column types are read with typed getters: no boxing, and timestamps without the JVM's time zone
     * rules (java.sql.Timestamp) or a DateTimeFormatter, which took most of the time of large results.
     */
    private Cell cellFor(String duckDbType) {
        return switch (duckDbType) {
            case "BIGINT", "INTEGER", "SMALLINT", "TINYINT", "UINTEGER", "USMALLINT", "UTINYINT" -> (rs, c) -> {
                long v = rs.getLong(c);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeNumber(v);
                }
            };
            case "DOUBLE", "FLOAT" -> (rs, c) -> {
                double v = rs.getDouble(c);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    writeDouble(v);
                }
            };
            case "BOOLEAN" -> (rs, c) -> {
                boolean v = rs.getBoolean(c);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeBoolean(v);
                }
            };
            case "VARCHAR" -> (rs, c) -> {
                String v = rs.getString(c);
                if (v == null) {
                    out.writeNull();
                } else {
                    out.writeString(v);
                }
            };
            // DuckDB gives a TIMESTAMP as microseconds since the epoch: no time zone rules to look up per value
            case "TIMESTAMP" -> (rs, c) -> {
                long micros = rs.getLong(c);
                if (rs.wasNull()) {
                    out.writeNull();
                } else {
                    writeTimestamp(LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                            (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC));
                }
            };
            default -> (rs, c) -> write(rs.getObject(c));
        };
    }

    private RawValue row(ResultSet rs, String[] names, Cell[] cells) throws SQLException {
        try {
            out.writeStartObject();
            for (int i = 0; i < names.length; i++) {
                out.writeFieldName(names[i]);
                cells[i].write(rs, i + 1);
            }
            out.writeEndObject();
            out.flush();
            byte[] json = buffer.toByteArray();
            buffer.reset();
            return new RawValue(new JsonText(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeDouble(double d) throws IOException {
        if (Double.isFinite(d)) {
            out.writeNumber(d);
        } else {
            out.writeString(Double.toString(d));
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss.SSS}, by position for years 0 to 9999. */
    private void writeTimestamp(LocalDateTime t) throws IOException {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            out.writeString(TIMESTAMP.format(t));
            return;
        }
        char[] s = timestampText;
        put(s, 0, year, 4);
        put(s, 5, t.getMonthValue(), 2);
        put(s, 8, t.getDayOfMonth(), 2);
        put(s, 11, t.getHour(), 2);
        put(s, 14, t.getMinute(), 2);
        put(s, 17, t.getSecond(), 2);
        put(s, 20, t.getNano() / 1_000_000, 3);
        out.writeString(s, 0, s.length);
    }

    private static void put(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private void write(Object value) throws IOException, SQLException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String s) {
            out.writeString(s);
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            writeDouble(((Number) value).doubleValue());
        } else if (value instanceof BigDecimal d) {
            out.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            out.writeNumber(i);
        } else if (value instanceof Timestamp t) {
            writeTimestamp(t.toLocalDateTime());
        } else if (value instanceof LocalDateTime t) {
            writeTimestamp(t);
        } else if (value instanceof OffsetDateTime t) {
            out.writeString(TIMESTAMP.format(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()) + "Z");
        } else if (value instanceof org.duckdb.JsonNode j) {
            out.writeRawValue(j.toString());
        } else if (value instanceof DuckDBStruct s) {
            writeObject(s.getMap());
        } else if (value instanceof Struct s) {
            out.writeString(s.toString());
        } else if (value instanceof Array a) {
            writeArray((Object[]) a.getArray());
        } else if (value instanceof Map<?, ?> m) {
            writeObject(m);
        } else if (value instanceof Object[] items) {
            writeArray(items);
        } else if (value instanceof List<?> items) {
            writeArray(items.toArray());
        } else if (value instanceof byte[] bytes) {
            out.writeString(Base64.getEncoder().encodeToString(bytes));
        } else {
            out.writeString(value.toString());
        }
    }

    private void writeObject(Map<?, ?> map) throws IOException, SQLException {
        out.writeStartObject();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.writeFieldName(String.valueOf(e.getKey()));
            write(e.getValue());
        }
        out.writeEndObject();
    }

    private void writeArray(Object[] items) throws IOException, SQLException {
        out.writeStartArray();
        for (Object item : items) {
            write(item);
        }
        out.writeEndArray();
    }
}
