package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.datalake.sql.TimestampText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pantherkernel.magics.table.ColumnKind;
import dev.pantherkernel.magics.table.PackedInstants;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * The values of one column in one results page, read straight from the JSON parser into a typed array. A page's
 * chunks join the table only once the whole page was read, so a reply cut off half-way leaves the table untouched.
 */
abstract sealed class ColumnChunk permits ColumnChunk.Instants, ColumnChunk.Longs, ColumnChunk.Doubles,
        ColumnChunk.Booleans, ColumnChunk.Texts, CalendarChunk, InferredChunk {

    /** Which rows are missing; null while none is (most columns have no missing cell: no byte per row for them). */
    private boolean[] missing;
    private int capacity;
    protected int size;

    ColumnChunk(int capacity) {
        this.capacity = capacity;
    }

    /**
     * A chunk for values of {@code kind} ({@link InferredChunk} when null: the values decide the kind); text goes
     * into {@code dictionary}, which the pages of a result share.
     *
     * @param firstRow the chunk's first row in the whole result
     */
    static ColumnChunk of(ColumnKind kind, int capacity, TextDictionary dictionary, long firstRow) {
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
            case STRING, JSON -> new Texts(capacity, dictionary, firstRow);
        };
    }

    int size() {
        return size;
    }

    /** Reads the value at the parser's current token (a scalar, null, object or array). */
    final void read(JsonParser parser) throws IOException {
        grow();
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            markMissing();
        } else {
            value(parser, size);
            size++;
        }
    }

    /** A row without this column's key. */
    final void readMissing() {
        grow();
        markMissing();
    }

    /** Whether row {@code row} of the page has no value in this column. */
    final boolean isMissing(int row) {
        return missing != null && missing[row];
    }

    private void markMissing() {
        if (missing == null) {
            missing = new boolean[capacity];
        }
        missing[size] = true;
        missed(size);
        size++;
    }

    /** Told of each missing cell, by its row in the page. */
    void missed(int row) {
    }

    private void grow() {
        if (size == capacity) {
            capacity = Math.max(16, size * 2);
            if (missing != null) {
                missing = Arrays.copyOf(missing, capacity);
            }
            resize(capacity);
        }
    }

    abstract void value(JsonParser parser, int row) throws IOException;

    abstract void resize(int capacity);

    /** Joins this column's chunks of every page, in order, into one table column of {@code rows} rows. */
    abstract ColumnJoin join(String name, int rows);

    static IllegalArgumentException misfit(JsonParser parser, String wanted) throws IOException {
        String shown = parser.currentToken().isStructStart() ? parser.currentToken().asString() + "..." : parser.getText();
        return new IllegalArgumentException("cannot read " + shown + " as " + wanted);
    }

    /** Timestamps, kept in Tablesaw's packed form: packing here keeps it off the thread that builds the table. */
    static final class Instants extends ColumnChunk {
        long[] values;

        Instants(int capacity) {
            super(capacity);
            values = new long[capacity];
        }

        @Override
        void value(JsonParser parser, int row) throws IOException {
            values[row] = switch (parser.currentToken()) {
                case VALUE_STRING -> TimestampText.packed(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> PackedInstants.of(TimestampText.epochSeconds(parser.getDecimalValue()));
                default -> throw misfit(parser, "a timestamp");
            };
        }

        @Override
        void resize(int capacity) {
            values = Arrays.copyOf(values, capacity);
        }

        @Override
        ColumnJoin join(String name, int rows) {
            return new ColumnJoin.Instants(name, rows);
        }
    }

    /**
     * Whole numbers, as longs. A value with a fraction, or too large for a long, widens the chunk to doubles, and
     * with it the table's column (a plain {@code NUMBER} says nothing about its scale).
     */
    static final class Longs extends ColumnChunk {
        private static final double LONG_RANGE = 0x1p63;

        long[] longs;
        /** Set once a value did not fit a long: then every value of the chunk is here. */
        double[] doubles;

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
        ColumnJoin join(String name, int rows) {
            return new ColumnJoin.Numbers(name, rows);
        }
    }

    /** Floating point numbers; {@code "NaN"} and {@code "Infinity"} as Snowflake writes them are numbers too. */
    static final class Doubles extends ColumnChunk {
        double[] values;

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
        ColumnJoin join(String name, int rows) {
            return new ColumnJoin.Numbers(name, rows);
        }
    }

    static final class Booleans extends ColumnChunk {
        boolean[] values;

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
        ColumnJoin join(String name, int rows) {
            return new ColumnJoin.Booleans(name, rows);
        }
    }

    /**
     * Strings as they are; numbers and booleans as their JSON text; objects and arrays as compact JSON. Each value is
     * kept as its code in the column's {@link TextDictionary}, looked up by its characters: a repeated value makes no
     * new {@code String}, and the table column is made from the codes in bulk. From the row where the dictionary
     * says the column is plain text ({@link TextDictionary#plainFrom()}), values are kept as they are instead.
     */
    static final class Texts extends ColumnChunk {
        /** The code of a row whose text is kept plain. */
        static final int PLAIN = -2;

        final TextDictionary dictionary;
        private final long firstRow;
        int[] codes;
        /** Texts of the rows kept plain; null while there are none. */
        String[] plain;
        private CompactJson json;

        Texts(int capacity, TextDictionary dictionary, long firstRow) {
            super(capacity);
            this.dictionary = dictionary;
            this.firstRow = firstRow;
            codes = new int[capacity];
        }

        @Override
        void value(JsonParser parser, int row) throws IOException {
            JsonToken token = parser.currentToken();
            long at = firstRow + row;
            if (at >= dictionary.plainFrom()) {
                keepPlain(row, token.isStructStart() ? json(parser).toString() : parser.getText());
            } else if (token.isStructStart()) {
                JsonTextBuffer text = json(parser);
                codes[row] = dictionary.code(text.chars(), 0, text.length(), at);
            } else if (token == JsonToken.VALUE_STRING) {
                codes[row] = dictionary.code(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), at);
            } else {
                codes[row] = dictionary.code(parser.getText(), at);
            }
        }

        private void keepPlain(int row, String text) {
            if (plain == null) {
                plain = new String[codes.length];
            }
            plain[row] = text;
            codes[row] = PLAIN;
        }

        @Override
        void missed(int row) {
            dictionary.missingAt(firstRow + row);
        }

        private JsonTextBuffer json(JsonParser parser) throws IOException {
            if (json == null) {
                json = new CompactJson();
            }
            return json.copy(parser);
        }

        /** The text of a row that has one. */
        String text(int row) {
            return codes[row] == PLAIN ? plain[row] : dictionary.value(codes[row]);
        }

        @Override
        void resize(int capacity) {
            codes = Arrays.copyOf(codes, capacity);
            if (plain != null) {
                plain = Arrays.copyOf(plain, capacity);
            }
        }

        @Override
        ColumnJoin join(String name, int rows) {
            return new ColumnJoin.Texts(name, rows);
        }
    }
}
