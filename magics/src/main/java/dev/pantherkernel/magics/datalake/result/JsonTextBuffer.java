package dev.pantherkernel.magics.datalake.result;

import java.io.Writer;
import java.util.Arrays;

/**
 * A growing character buffer that the JSON generator writes an object or array into, without locking (a
 * {@code StringWriter} locks on every write), and whose characters are looked up in a {@link TextDictionary} as they
 * are, without a {@code String} made first.
 */
final class JsonTextBuffer extends Writer {

    private char[] chars = new char[256];
    private int length;

    @Override
    public void write(char[] source, int offset, int count) {
        room(count);
        System.arraycopy(source, offset, chars, length, count);
        length += count;
    }

    @Override
    public void write(String text, int offset, int count) {
        room(count);
        text.getChars(offset, offset + count, chars, length);
        length += count;
    }

    /** Adds one character; returns this buffer, for a chain of appends. */
    JsonTextBuffer put(char c) {
        room(1);
        chars[length++] = c;
        return this;
    }

    private void room(int count) {
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
        }
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
