package dev.pantherkernel.magics.datalake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pantherkernel.magics.table.ColumnKind;
import dev.pantherkernel.magics.table.PackedInstants;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * The values of one column in one results page, read straight from the JSON parser into a typed array. A page's
 * chunks join the table only once the whole page was read, so a reply cut off half-way leaves the table untouched.
 */
abstract sealed class ColumnChunk permits ColumnChunk.Instants, ColumnChunk.Longs, ColumnChunk.Doubles,
        ColumnChunk.Booleans, ColumnChunk.Texts, CalendarChunk, InferredChunk {

    protected boolean[] missing;
    protected int size;

    ColumnChunk(int capacity) {
        this.missing = new boolean[capacity];
    }

    /** A chunk for values of {@code kind}; null for a column whose values decide its kind. */
    static ColumnChunk of(ColumnKind kind, int capacity) {
        if (kind == null) {
            return new InferredChunk(capacity);
        }
        return switch (kind) {
            case INSTANT -> new Instants(capacity);
            case DATE -> new CalendarChunk.Dates(capacity);
            case TIME -> new CalendarChunk.Times(capacity);
            case INT, LONG -> new Longs(capacity);
            case DOUBLE -> new Doubles(capacity);
            case BOOLEAN -> new Booleans(capacity);
            case STRING, JSON -> new Texts(capacity);
        };
    }

    int size() {
        return size;
    }

    /** Reads the value at the parser's current token (a scalar, null, object or array). */
    final void read(JsonParser parser) throws IOException {
        grow();
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            missing[size++] = true;
        } else {
            value(parser, size);
            size++;
        }
    }

    /** A row without this column's key. */
    final void readMissing() {
        grow();
        missing[size++] = true;
    }

    private void grow() {
        if (size == missing.length) {
            int capacity = Math.max(16, size * 2);
            missing = Arrays.copyOf(missing, capacity);
            resize(capacity);
        }
    }

    abstract void value(JsonParser parser, int row) throws IOException;

    abstract void resize(int capacity);

    /** An empty table column for this kind of chunk. */
    abstract Column<?> newColumn(String name);

    /** Adds the first {@code count} values to {@code column}; returns the column to keep (it may have been widened). */
    Column<?> appendTo(Column<?> column, int count) {
        for (int i = 0; i < count; i++) {
            if (missing[i]) {
                column.appendMissing();
            } else {
                appendValue(column, i);
            }
        }
        return column;
    }

    /** Adds the (present) value of {@code row} to {@code column}. */
    abstract void appendValue(Column<?> column, int row);

    static IllegalArgumentException misfit(JsonParser parser, String wanted) throws IOException {
        String shown = parser.currentToken().isStructStart() ? parser.currentToken().asString() + "..." : parser.getText();
        return new IllegalArgumentException("cannot read " + shown + " as " + wanted);
    }

    /** Timestamps, kept in Tablesaw's packed form: packing here keeps it off the thread that builds the table. */
    static final class Instants extends ColumnChunk {
        private long[] values;

        Instants(int capacity) {
            super(capacity);
            values = new long[capacity];
        }

        @Override
        void value(JsonParser parser, int row) throws IOException {
            values[row] = switch (parser.currentToken()) {
                case VALUE_STRING -> TimestampText.packed(parser.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> PackedInstants.of(TimestampText.epochSeconds(parser.getDecimalValue()));
                default -> throw misfit(parser, "a timestamp");
            };
        }

        @Override
        void resize(int capacity) {
            values = Arrays.copyOf(values, capacity);
        }

        @Override
        Column<?> newColumn(String name) {
            return InstantColumn.create(name);
        }

        @Override
        void appendValue(Column<?> column, int row) {
            ((InstantColumn) column).appendInternal(values[row]);
        }
    }

    /**
     * Whole numbers, as longs. A value with a fraction, or too large for a long, widens the chunk to doubles, and
     * with it the table's column (a plain {@code NUMBER} says nothing about its scale).
     */
    static final class Longs extends ColumnChunk {
        private static final double LONG_RANGE = 0x1p63;

        private long[] longs;
        private double[] doubles;

        Longs(int capacity) {
            super(capacity);
            longs = new long[capacity];
        }

        @Override
        void value(JsonParser parser, int row) throws IOException {
            switch (parser.currentToken()) {
                case VALUE_NUMBER_INT -> {
                    if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        put(row, parser.getDoubleValue());
                    } else {
                        put(row, parser.getLongValue());
                    }
                }
                case VALUE_NUMBER_FLOAT -> put(row, parser.getDoubleValue());
                case VALUE_STRING -> put(row, parser.getText().strip());
                default -> throw misfit(parser, "a number");
            }
        }

        private void put(int row, String text) {
            try {
                BigDecimal number = new BigDecimal(text);
                try {
                    put(row, number.longValueExact());
                } catch (ArithmeticException notWhole) {
                    put(row, number.doubleValue());
                }
            } catch (NumberFormatException notDecimal) {
                try {
                    put(row, Double.parseDouble(text));
                } catch (NumberFormatException notNumber) {
                    throw new IllegalArgumentException("cannot read \"" + text + "\" as a number");
                }
            }
        }

        private void put(int row, long value) {
            if (doubles != null) {
                doubles[row] = value;
            } else {
                longs[row] = value;
            }
        }

        private void put(int row, double value) {
            if (doubles == null && value == Math.rint(value) && Math.abs(value) < LONG_RANGE) {
                longs[row] = (long) value;
                return;
            }
            if (doubles == null) {
                doubles = new double[longs.length];
                for (int i = 0; i < row; i++) {
                    doubles[i] = longs[i];
                }
            }
            doubles[row] = value;
        }

        @Override
        void resize(int capacity) {
            longs = Arrays.copyOf(longs, capacity);
            if (doubles != null) {
                doubles = Arrays.copyOf(doubles, capacity);
            }
        }

        @Override
        Column<?> newColumn(String name) {
            return LongColumn.create(name);
        }

        @Override
        Column<?> appendTo(Column<?> column, int count) {
            return super.appendTo(doubles != null && column instanceof LongColumn whole ? widen(whole) : column, count);
        }

        @Override
        void appendValue(Column<?> column, int row) {
            if (column instanceof LongColumn target) {
                target.append(longs[row]);
            } else {
                ((DoubleColumn) column).append(doubles != null ? doubles[row] : longs[row]);
            }
        }

        private static DoubleColumn widen(LongColumn whole) {
            DoubleColumn wide = DoubleColumn.create(whole.name());
            for (int i = 0; i < whole.size(); i++) {
                if (whole.isMissing(i)) {
                    wide.appendMissing();
                } else {
                    wide.append((double) whole.getLong(i));
                }
            }
            return wide;
        }
    }

    /** Floating point numbers; {@code "NaN"} and {@code "Infinity"} as Snowflake writes them are numbers too. */
    static final class Doubles extends ColumnChunk {
        private double[] values;

        Doubles(int capacity) {
            super(capacity);
            values = new double[capacity];
        }

        @Override
        void value(JsonParser parser, int row) throws IOException {
            values[row] = switch (parser.currentToken()) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                case VALUE_STRING -> {
                    try {
                        yield Double.parseDouble(parser.getText().strip());
                    } catch (NumberFormatException e) {
                        throw misfit(parser, "a number");
                    }
                }
                default -> throw misfit(parser, "a number");
            };
        }

        @Override
        void resize(int capacity) {
            values = Arrays.copyOf(values, capacity);
        }

        @Override
        Column<?> newColumn(String name) {
            return DoubleColumn.create(name);
        }

        @Override
        void appendValue(Column<?> column, int row) {
            ((DoubleColumn) column).append(values[row]);
        }
    }

    static final class Booleans extends ColumnChunk {
        private boolean[] values;

        Booleans(int capacity) {
            super(capacity);
            values = new boolean[capacity];
        }

        @Override
        void value(JsonParser parser, int row) throws IOException {
            values[row] = switch (parser.currentToken()) {
                case VALUE_TRUE -> true;
                case VALUE_FALSE -> false;
                case VALUE_STRING -> switch (parser.getText().strip().toLowerCase(Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw misfit(parser, "a boolean");
                };
                default -> throw misfit(parser, "a boolean");
            };
        }

        @Override
        void resize(int capacity) {
            values = Arrays.copyOf(values, capacity);
        }

        @Override
        Column<?> newColumn(String name) {
            return BooleanColumn.create(name);
        }

        @Override
        void appendValue(Column<?> column, int row) {
            ((BooleanColumn) column).append(values[row]);
        }
    }

    /** Strings as they are; numbers and booleans as their JSON text; objects and arrays as compact JSON. */
    static final class Texts extends ColumnChunk {
        private static final JsonFactory JSON = new JsonFactory();

        private String[] values;
        private StringWriter buffer;
        private JsonGenerator generator;

        Texts(int capacity) {
            super(capacity);
            values = new String[capacity];
        }

        @Override
        void value(JsonParser parser, int row) throws IOException {
            values[row] = parser.currentToken().isStructStart() ? json(parser) : parser.getText();
        }

        private String json(JsonParser parser) throws IOException {
            if (generator == null) {
                buffer = new StringWriter(256);
                generator = JSON.createGenerator(buffer);
                generator.setRootValueSeparator(null);
            }
            generator.copyCurrentStructure(parser);
            generator.flush();
            String text = buffer.toString();
            buffer.getBuffer().setLength(0);
            return text;
        }

        @Override
        void resize(int capacity) {
            values = Arrays.copyOf(values, capacity);
        }

        @Override
        Column<?> newColumn(String name) {
            return StringColumn.create(name);
        }

        @Override
        void appendValue(Column<?> column, int row) {
            ((StringColumn) column).append(values[row]);
        }
    }
}
