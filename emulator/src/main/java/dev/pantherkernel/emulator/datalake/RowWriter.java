package dev.pantherkernel.emulator.datalake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.StringWriter;
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
import org.duckdb.DuckDBStruct;

/**
 * Reads a JDBC result into JSON rows ({@code {"column": value}}), each written once here so that
 * serving a page later is only copying bytes. Nested STRUCT/LIST/MAP values become JSON objects and
 * arrays; timestamps are written as Snowflake shows them ({@code 2024-05-01 13:45:00.000}).
 */
final class RowWriter {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final JsonFactory FACTORY = new JsonFactory();

    private final StringWriter buffer = new StringWriter(512);
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

    /** Column names in select order and their Snowflake types. */
    static Map<String, String> columns(ResultSetMetaData meta) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            types.put(meta.getColumnLabel(i), SnowflakeTypes.of(meta.getColumnTypeName(i)));
        }
        return types;
    }

    /** All rows of the result; stops early (returning what it has) once {@code stop} says so. */
    List<RawValue> readAll(ResultSet rs, BooleanSupplier stop) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = meta.getColumnLabel(i + 1);
        }
        List<RawValue> rows = new ArrayList<>();
        while (rs.next()) {
            if ((rows.size() & 1023) == 0 && stop.getAsBoolean()) {
                break;
            }
            rows.add(row(rs, names));
        }
        return rows;
    }

    private RawValue row(ResultSet rs, String[] names) throws SQLException {
        try {
            out.writeStartObject();
            for (int i = 0; i < names.length; i++) {
                out.writeFieldName(names[i]);
                write(rs.getObject(i + 1));
            }
            out.writeEndObject();
            out.flush();
            String json = buffer.toString();
            buffer.getBuffer().setLength(0);
            return new RawValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                out.writeNumber(d);
            } else {
                out.writeString(Double.toString(d));
            }
        } else if (value instanceof BigDecimal d) {
            out.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            out.writeNumber(i);
        } else if (value instanceof Timestamp t) {
            out.writeString(TIMESTAMP.format(t.toLocalDateTime()));
        } else if (value instanceof LocalDateTime t) {
            out.writeString(TIMESTAMP.format(t));
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
