package dev.pantherkernel.emulator.datalake;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One JSON value kept as its UTF-8 bytes. Written into a reply with {@code writeRawValue}, the bytes are copied as
 * they are: a result row is encoded once, when the query finishes, not again for every page that serves it.
 */
final class JsonText implements SerializableString {
    private final byte[] utf8;

    JsonText(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** The bytes of a row that RowWriter or JsonInQuery wrote (both keep rows as JsonText), not copied. */
    static byte[] bytesOf(RawValue row) {
        return ((JsonText) row.rawValue()).utf8;
    }

    /** The size in bytes of a row that RowWriter or JsonInQuery wrote (both keep rows as JsonText). */
    static long byteLength(RawValue row) {
        return ((JsonText) row.rawValue()).utf8.length;
    }

    @Override
    public String getValue() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8.clone();
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (buffer.remaining() < utf8.length) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return quotable().appendUnquoted(buffer, offset);
    }

    // The quoted forms (the text as a JSON string) are never used for raw values; they are here for completeness.
    private SerializedString quotable() {
        return new SerializedString(getValue());
    }

    @Override
    public char[] asQuotedChars() {
        return quotable().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
        return quotable().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return quotable().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return quotable().appendQuoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return quotable().writeQuotedUTF8(out);
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
        return quotable().putQuotedUTF8(buffer);
    }

    @Override
    public String toString() {
        return getValue();
    }
}
