package dev.pantherkernel.magics.datalake.result;

import java.util.Arrays;

/**
 * The distinct texts of one result column, each with a code (0, 1, 2 ... in the order first seen), looked up by
 * their characters: a text seen before costs no new {@code String}, and the table's dictionary-encoded column is
 * later made from the codes in bulk ({@link DictionaryStringColumn}). The pages of one result share a dictionary and
 * read into it one after another (the pager's order), never at once; it is not thread-safe.
 *
 * <p>A column of mostly distinct texts stops being looked up where Tablesaw would stop encoding it: appended value
 * by value, a string column that outgrows its short keys becomes plain text if it then holds more distinct values
 * (a missing cell, or an empty text, counts as one) than half its rows. From that row on ({@link #plainFrom}), its
 * texts are kept as they are, with no look-up, and the table's column is plain text.
 */
final class TextDictionary {

    /** Distinct texts (not counting the empty one) that Tablesaw's short keys hold. */
    static final int SHORT_KEYS = 2 * Short.MAX_VALUE;

    private static final int MAX_LOAD_PERCENT = 60;

    private String[] values = new String[64];
    /** Open addressing: the text's hash in the high half, its code + 1 in the low half; 0 for an empty slot. */
    private long[] slots = new long[128];
    private int size;
    private int emptyCode = -1;
    private long firstMissing = Long.MAX_VALUE;
    private long plainFrom = Long.MAX_VALUE;

    /** The code of the text {@code chars[offset..offset+length)} at result row {@code row}, added if new. */
    int code(char[] chars, int offset, int length, long row) {
        int hash = hash(chars, offset, length);
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return add(new String(chars, offset, length), hash, slot, row);
            }
            int code = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && sameText(values[code], chars, offset, length)) {
                return code;
            }
        }
    }

    /** The code of {@code text} at result row {@code row}, added if new. */
    int code(String text, long row) {
        int hash = text.hashCode();
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return add(text, hash, slot, row);
            }
            int code = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && values[code].equals(text)) {
                return code;
            }
        }
    }

    /** The code of {@code text}, added if new, without a row (joining columns read apart). */
    int code(String text) {
        return code(text, Long.MAX_VALUE);
    }

    /** Result row {@code row} has no value in this column. */
    void missingAt(long row) {
        firstMissing = Math.min(firstMissing, row);
    }

    /** The first result row whose text is kept plain, without a code; {@link Long#MAX_VALUE} while none is. */
    long plainFrom() {
        return plainFrom;
    }

    String value(int code) {
        return values[code];
    }

    int size() {
        return size;
    }

    private int add(String text, int hash, int slot, long row) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        int code = size++;
        values[code] = text;
        slots[slot] = ((long) hash << 32) | (code + 1);
        if (size * 100L > (long) slots.length * MAX_LOAD_PERCENT) {
            rehash();
        }
        if (text.isEmpty()) {
            emptyCode = code;
            missingAt(row);
        } else if (size - (emptyCode >= 0 ? 1 : 0) == SHORT_KEYS + 1 && row != Long.MAX_VALUE) {
            // Tablesaw's rule at the value that outgrows the short keys: the rows before it are `row`
            int distinct = SHORT_KEYS + (firstMissing < row ? 1 : 0);
            if (distinct > 0.5 * row) {
                plainFrom = row;
            }
        }
        return code;
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long entry : old) {
            if (entry != 0) {
                int slot = spread((int) (entry >>> 32)) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = entry;
            }
        }
    }

    /**
     * {@link String#hashCode()} of the characters, four at a time ({@code 31^4 h + 31^3 a + 31^2 b + 31 c + d}): the
     * multiplications of one step no longer wait for each other, which made hashing a quarter of a look-up.
     */
    static int hash(char[] chars, int offset, int length) {
        int hash = 0;
        int i = offset;
        int end = offset + length;
        for (; i + 3 < end; i += 4) {
            hash = 923_521 * hash + 29_791 * chars[i] + 961 * chars[i + 1] + 31 * chars[i + 2] + chars[i + 3];
        }
        for (; i < end; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }

    /** Mixes the high bits of a String-style hash into the low ones the mask keeps. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private static boolean sameText(String value, char[] chars, int offset, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
