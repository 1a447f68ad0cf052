package dev.pantherkernel.magics.datalake.result;

import it.unimi.dsi.fastutil.bytes.Byte2IntOpenHashMap;
import it.unimi.dsi.fastutil.bytes.Byte2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ByteOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ShortOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2IntOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2ObjectOpenHashMap;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.NullDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;
import tech.tablesaw.columns.strings.StringColumnType;

import java.lang.reflect.Proxy;
import java.util.Iterator;
import java.util.function.IntFunction;

/**
 * A Tablesaw {@link StringColumn} made at once from a {@link TextDictionary} and each row's code, through the
 * builders Tablesaw's dictionary maps offer, instead of a hash look-up (and a count update) per appended value. The
 * maps are laid out as Tablesaw's own appends lay them out (keys from the smallest value of the narrowest key type
 * that fits, up; missing cells under the largest key, as the empty string, which Tablesaw reads as missing), and a
 * column with more distinct values than a short key holds becomes plain text where Tablesaw's appends would make it
 * so (more distinct values than half the rows when the short keys run out), so the column behaves exactly like one
 * appended value by value ({@code DictionaryStringColumnTest} holds it to that), but for {@link #plain}'s missing cells.
 */
final class DictionaryStringColumn {

    /** A row's code for a missing cell. */
    static final int MISSING = -1;

    private static final String MISSING_TEXT = StringColumnType.missingValueIndicator();
    /** Distinct values (not counting missing) that byte and short keys hold: all but the missing key and one. */
    private static final int BYTE_KEYS = 2 * Byte.MAX_VALUE;
    private static final int SHORT_KEYS = TextDictionary.SHORT_KEYS;

    private DictionaryStringColumn() {
    }

    /** A column named {@code name} whose row i holds {@code dictionary.value(codes[i])} ({@link #MISSING}: none). */
    static StringColumn of(String name, TextDictionary dictionary, int[] codes, int rows) {
        int[] counts = new int[dictionary.size()];
        int missing = 0;
        for (int i = 0; i < rows; i++) {
            int code = codes[i];
            if (code == MISSING || dictionary.value(code).isEmpty()) {
                codes[i] = MISSING;
                missing++;
            } else {
                counts[code]++;
            }
        }
        // codes of texts that no kept row holds (a page read and then not kept) get no key
        int[] keys = new int[counts.length];
        int distinct = 0;
        for (int code = 0; code < counts.length; code++) {
            keys[code] = counts[code] > 0 ? distinct++ : MISSING;
        }
        int plainFrom = distinct > SHORT_KEYS ? plainFrom(codes, keys, rows) : rows;
        if (plainFrom < rows) {
            return plain(name, row -> codes[row] != MISSING ? dictionary.value(codes[row]) : null, rows);
        }
        Encoding encoding = distinct <= BYTE_KEYS ? new Bytes(distinct, rows)
                : distinct <= SHORT_KEYS ? new Shorts(distinct, rows) : new Ints(distinct, rows);
        for (int code = 0; code < counts.length; code++) {
            if (keys[code] != MISSING) {
                encoding.entry(keys[code], dictionary.value(code), counts[code]);
            }
        }
        if (missing > 0) {
            encoding.missing(missing);
        }
        for (int i = 0; i < rows; i++) {
            encoding.row(i, codes[i] == MISSING ? MISSING : keys[codes[i]]);
        }
        return StringColumn.createInternal(name, encoding.build(distinct));
    }

    /**
     * Tablesaw's rule, replayed: appending, the column outgrows its short keys at the row whose value is the first
     * that has none; it then becomes text from that row if it holds more distinct values (missing counts as one) than
     * half the rows before it, else it gets int keys ({@code rows}: it stays encoded).
     */
    private static int plainFrom(int[] codes, int[] keys, int rows) {
        boolean missingSeen = false;
        for (int i = 0; i < rows; i++) {
            int key = codes[i] == MISSING ? MISSING : keys[codes[i]];
            if (key == SHORT_KEYS) {
                return SHORT_KEYS + (missingSeen ? 1 : 0) > 0.5 * i ? i : rows;
            }
            missingSeen |= key == MISSING;
        }
        return rows;
    }

    /**
     * A plain-text column (no dictionary, as Tablesaw keeps mostly distinct texts) holding {@code text(row)} in each
     * row, null for a missing cell. A missing cell holds the empty text, as in a dictionary-encoded column (Tablesaw's
     * own appends would leave null in the rows after the switch, which its {@code isEqualTo} cannot read).
     */
    static StringColumn plain(String name, IntFunction<String> text, int rows) {
        return StringColumn.createInternal(name, new NullDictionaryMap(rowsInOrder(text, rows)));
    }

    /**
     * A plain-text column can only be made from another dictionary map, which it reads value by value through
     * {@code iterator()}: this stands in for one that is nothing but the rows' values, in order.
     */
    private static DictionaryMap rowsInOrder(IntFunction<String> text, int rows) {
        Iterator<String> values = new Iterator<>() {
            private int row;

            @Override
            public boolean hasNext() {
                return row < rows;
            }

            @Override
            public String next() {
                String value = text.apply(row++);
                return value == null ? MISSING_TEXT : value;
            }
        };
        return (DictionaryMap) Proxy.newProxyInstance(DictionaryMap.class.getClassLoader(),
                new Class<?>[] {DictionaryMap.class}, (proxy, method, args) -> {
                    if (method.getName().equals("iterator") && method.getParameterCount() == 0) {
                        return values;
                    }
                    throw new UnsupportedOperationException("only the values, in order, are here: " + method.getName());
                });
    }

    /** The maps of one key width; key k of the dictionary is the width's smallest value + 1 + k. */
    private interface Encoding {
        void entry(int key, String value, int count);

        void missing(int count);

        void row(int row, int key);

        DictionaryMap build(int distinct);
    }

    private static final class Bytes implements Encoding {
        private final Byte2ObjectOpenHashMap<String> keyToValue;
        private final Object2ByteOpenHashMap<String> valueToKey;
        private final Byte2IntOpenHashMap keyToCount;
        private final byte[] values;

        Bytes(int distinct, int rows) {
            keyToValue = new Byte2ObjectOpenHashMap<>(distinct + 1);
            valueToKey = new Object2ByteOpenHashMap<>(distinct + 1);
            valueToKey.defaultReturnValue(Byte.MIN_VALUE);
            keyToCount = new Byte2IntOpenHashMap(distinct + 1);
            values = new byte[rows];
        }

        private static byte key(int key) {
            return key == MISSING ? Byte.MAX_VALUE : (byte) (Byte.MIN_VALUE + 1 + key);
        }

        @Override
        public void entry(int key, String value, int count) {
            keyToValue.put(key(key), value);
            valueToKey.put(value, key(key));
            keyToCount.put(key(key), count);
        }

        @Override
        public void missing(int count) {
            entry(MISSING, MISSING_TEXT, count);
        }

        @Override
        public void row(int row, int key) {
            values[row] = key(key);
        }

        @Override
        public DictionaryMap build(int distinct) {
            return new ByteDictionaryMap.ByteDictionaryBuilder().setNextIndex(Byte.MIN_VALUE + distinct)
                    .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(values).build();
        }
    }

    private static final class Shorts implements Encoding {
        private final Short2ObjectOpenHashMap<String> keyToValue;
        private final Object2ShortOpenHashMap<String> valueToKey;
        private final Short2IntOpenHashMap keyToCount;
        private final short[] values;

        Shorts(int distinct, int rows) {
            keyToValue = new Short2ObjectOpenHashMap<>(distinct + 1);
            valueToKey = new Object2ShortOpenHashMap<>(distinct + 1);
            valueToKey.defaultReturnValue(Short.MIN_VALUE);
            keyToCount = new Short2IntOpenHashMap(distinct + 1);
            values = new short[rows];
        }

        private static short key(int key) {
            return key == MISSING ? Short.MAX_VALUE : (short) (Short.MIN_VALUE + 1 + key);
        }

        @Override
        public void entry(int key, String value, int count) {
            keyToValue.put(key(key), value);
            valueToKey.put(value, key(key));
            keyToCount.put(key(key), count);
        }

        @Override
        public void missing(int count) {
            entry(MISSING, MISSING_TEXT, count);
        }

        @Override
        public void row(int row, int key) {
            values[row] = key(key);
        }

        @Override
        public DictionaryMap build(int distinct) {
            return new ShortDictionaryMap.ShortDictionaryBuilder().setNextIndex(Short.MIN_VALUE + distinct)
                    .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(values).build();
        }
    }

    private static final class Ints implements Encoding {
        private final Int2ObjectOpenHashMap<String> keyToValue;
        private final Object2IntOpenHashMap<String> valueToKey;
        private final Int2IntOpenHashMap keyToCount;
        private final int[] values;

        Ints(int distinct, int rows) {
            keyToValue = new Int2ObjectOpenHashMap<>(distinct + 1);
            valueToKey = new Object2IntOpenHashMap<>(distinct + 1);
            valueToKey.defaultReturnValue(Integer.MIN_VALUE);
            keyToCount = new Int2IntOpenHashMap(distinct + 1);
            values = new int[rows];
        }

        private static int key(int key) {
            return key == MISSING ? Integer.MAX_VALUE : Integer.MIN_VALUE + 1 + key;
        }

        @Override
        public void entry(int key, String value, int count) {
            keyToValue.put(key(key), value);
            valueToKey.put(value, key(key));
            keyToCount.put(key(key), count);
        }

        @Override
        public void missing(int count) {
            entry(MISSING, MISSING_TEXT, count);
        }

        @Override
        public void row(int row, int key) {
            values[row] = key(key);
        }

        @Override
        public DictionaryMap build(int distinct) {
            return new IntDictionaryMap.IntDictionaryBuilder().setNextIndex(Integer.MIN_VALUE + distinct)
                    .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(values).build();
        }
    }
}
