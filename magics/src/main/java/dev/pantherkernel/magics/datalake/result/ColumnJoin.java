package dev.pantherkernel.magics.datalake.result;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.table.ColumnKind;
import dev.pantherkernel.magics.table.InferredColumn;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.booleans.BitSetBooleanData;
import tech.tablesaw.columns.dates.DateColumnType;
import tech.tablesaw.columns.instant.InstantColumnType;
import tech.tablesaw.columns.numbers.DoubleColumnType;
import tech.tablesaw.columns.numbers.LongColumnType;
import tech.tablesaw.columns.times.TimeColumnType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table column made from the chunks of every page at once: the values are copied into one array of the final
 * size, in Tablesaw's own form (its missing-value markers included), and the column is made from that array, instead
 * of appending value after value to a column that grows. Chunks are added in row order; each only its first
 * {@code count} values (a page cut short by a limit).
 */
abstract sealed class ColumnJoin permits ColumnJoin.Instants, ColumnJoin.Numbers, ColumnJoin.Booleans,
        ColumnJoin.Calendar, ColumnJoin.Texts, ColumnJoin.Inferred {

    protected final String name;
    protected final int rows;
    protected int at;

    ColumnJoin(String name, int rows) {
        this.name = name;
        this.rows = rows;
    }

    /** Adds the first {@code count} values of {@code chunk}, a chunk of this column's kind. */
    abstract void add(ColumnChunk chunk, int count);

    abstract Column<?> column();

    /** The kind the values decided, for a column whose type was not named; null otherwise. */
    ColumnKind inferredKind() {
        return null;
    }

    static final class Instants extends ColumnJoin {
        private final long[] values;

        Instants(String name, int rows) {
            super(name, rows);
            values = new long[rows];
        }

        @Override
        void add(ColumnChunk chunk, int count) {
            ColumnChunk.Instants instants = (ColumnChunk.Instants) chunk;
            for (int i = 0; i < count; i++) {
                values[at++] = instants.isMissing(i) ? InstantColumnType.missingValueIndicator() : instants.values[i];
            }
        }

        @Override
        Column<?> column() {
            return InstantColumn.createInternal(name, values);
        }
    }

    /** Whole numbers as longs until a value needs a double (then the column is doubles), and floating point. */
    static final class Numbers extends ColumnJoin {
        private long[] longs;
        private double[] doubles;

        Numbers(String name, int rows) {
            super(name, rows);
        }

        @Override
        void add(ColumnChunk chunk, int count) {
            if (chunk instanceof ColumnChunk.Longs whole && whole.doubles == null && doubles == null) {
                if (longs == null) {
                    longs = new long[rows];
                }
                for (int i = 0; i < count; i++) {
                    longs[at++] = whole.isMissing(i) ? LongColumnType.missingValueIndicator() : whole.longs[i];
                }
                return;
            }
            widen();
            for (int i = 0; i < count; i++) {
                doubles[at++] = chunk.isMissing(i) ? DoubleColumnType.missingValueIndicator() : doubleAt(chunk, i);
            }
        }

        private static double doubleAt(ColumnChunk chunk, int i) {
            if (chunk instanceof ColumnChunk.Longs whole) {
                return whole.doubles != null ? whole.doubles[i] : whole.longs[i];
            }
            return ((ColumnChunk.Doubles) chunk).values[i];
        }

        private void widen() {
            if (doubles != null) {
                return;
            }
            doubles = new double[rows];
            for (int i = 0; i < at; i++) {
                doubles[i] = longs[i] == LongColumnType.missingValueIndicator() ? DoubleColumnType.missingValueIndicator() : longs[i];
            }
            longs = null;
        }

        @Override
        Column<?> column() {
            if (doubles == null && longs == null) {
                return LongColumn.create(name);
            }
            return doubles != null ? DoubleColumn.create(name, doubles) : LongColumn.create(name, longs);
        }
    }

    static final class Booleans extends ColumnJoin {
        private final BitSet trues = new BitSet();
        private final BitSet falses = new BitSet();
        private final BitSet missing = new BitSet();

        Booleans(String name, int rows) {
            super(name, rows);
        }

        @Override
        void add(ColumnChunk chunk, int count) {
            ColumnChunk.Booleans booleans = (ColumnChunk.Booleans) chunk;
            for (int i = 0; i < count; i++, at++) {
                (booleans.isMissing(i) ? missing : booleans.values[i] ? trues : falses).set(at);
            }
        }

        @Override
        Column<?> column() {
            return new BooleanColumn(name, new BitSetBooleanData(trues, falses, missing));
        }
    }

    /** Dates or times of day, packed as Tablesaw packs them. */
    static final class Calendar extends ColumnJoin {
        private final int[] values;
        private final boolean dates;

        Calendar(String name, int rows, boolean dates) {
            super(name, rows);
            this.values = new int[rows];
            this.dates = dates;
        }

        @Override
        void add(ColumnChunk chunk, int count) {
            CalendarChunk calendar = (CalendarChunk) chunk;
            int missingValue = dates ? DateColumnType.missingValueIndicator() : TimeColumnType.missingValueIndicator();
            for (int i = 0; i < count; i++) {
                values[at++] = calendar.isMissing(i) ? missingValue : calendar.values[i];
            }
        }

        @Override
        Column<?> column() {
            return dates ? DateColumn.createInternal(name, values) : TimeColumn.createInternal(name, values);
        }
    }

    /**
     * Texts, by their codes in the dictionary of the first chunk. A chunk read with another dictionary (a result
     * joined from parts, or pages read apart) has its codes translated, each of its distinct texts looked up once.
     * Rows kept plain (a column of mostly distinct texts) make a plain-text column when the result was read into one
     * dictionary; joined from parts, they are looked up too, and the column is made as Tablesaw's appends would make
     * it from all the rows.
     */
    static final class Texts extends ColumnJoin {
        private final int[] codes;
        private String[] plain;
        private final Map<TextDictionary, int[]> translations = new IdentityHashMap<>();
        private TextDictionary dictionary;

        Texts(String name, int rows) {
            super(name, rows);
            codes = new int[rows];
        }

        @Override
        void add(ColumnChunk chunk, int count) {
            ColumnChunk.Texts texts = (ColumnChunk.Texts) chunk;
            if (dictionary == null) {
                dictionary = texts.dictionary;
            }
            int[] translation = texts.dictionary == dictionary ? null : translation(texts.dictionary);
            for (int i = 0; i < count; i++, at++) {
                int code = texts.codes[i];
                if (texts.isMissing(i)) {
                    codes[at] = DictionaryStringColumn.MISSING;
                } else if (code == ColumnChunk.Texts.PLAIN) {
                    if (plain == null) {
                        plain = new String[rows];
                    }
                    plain[at] = texts.plain[i];
                    codes[at] = code;
                } else {
                    codes[at] = translation == null ? code : translation[code];
                }
            }
        }

        /** Codes in this column's dictionary for the codes of {@code from}, extended to all {@code from} has. */
        private int[] translation(TextDictionary from) {
            int[] known = translations.getOrDefault(from, new int[0]);
            if (known.length == from.size()) {
                return known;
            }
            int[] translation = Arrays.copyOf(known, from.size());
            for (int code = known.length; code < from.size(); code++) {
                translation[code] = dictionary.code(from.value(code));
            }
            translations.put(from, translation);
            return translation;
        }

        @Override
        Column<?> column() {
            if (dictionary == null) {
                return DictionaryStringColumn.of(name, new TextDictionary(), codes, at);
            }
            if (translations.isEmpty() && dictionary.plainFrom() < at) {
                return DictionaryStringColumn.plain(name, row -> codes[row] == DictionaryStringColumn.MISSING ? null
                        : codes[row] == ColumnChunk.Texts.PLAIN ? plain[row] : dictionary.value(codes[row]), at);
            }
            for (int row = 0; plain != null && row < at; row++) {
                if (codes[row] == ColumnChunk.Texts.PLAIN) {
                    codes[row] = dictionary.code(plain[row]);
                }
            }
            return DictionaryStringColumn.of(name, dictionary, codes, at);
        }
    }

    /** Values of a column without a known type, kept as JSON until all of them decide its kind. */
    static final class Inferred extends ColumnJoin {
        private final List<JsonNode> values;

        Inferred(String name, int rows) {
            super(name, rows);
            values = new ArrayList<>(rows);
        }

        @Override
        void add(ColumnChunk chunk, int count) {
            ((InferredChunk) chunk).appendTo(values, count);
            at += count;
        }

        @Override
        Column<?> column() {
            return InferredColumn.of(name, values);
        }

        @Override
        ColumnKind inferredKind() {
            return InferredColumn.kindOf(values);
        }
    }
}
