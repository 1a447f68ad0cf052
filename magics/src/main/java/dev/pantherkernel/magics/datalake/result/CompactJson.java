package dev.pantherkernel.magics.datalake.result;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * Copies the object or array at the parser's current token as compact JSON text into a {@link JsonTextBuffer}: the
 * same text Jackson's generator writes with {@code copyCurrentStructure}, made faster for the common case. Brackets,
 * separators, literals and texts that need no escape are written here directly; every other scalar (numbers, texts
 * with a character to escape) is written by the generator on its own, at the root (no separator), so it is written
 * exactly as the generator writes it inside a structure. Going through the generator for every token cost a context
 * object per level and a state check per value.
 */
final class CompactJson {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonTextBuffer buffer = new JsonTextBuffer();
    private JsonGenerator generator;

    /** The structure at the parser's current token ({@code [} or <code>{</code>), as text; valid until the next call. */
    JsonTextBuffer copy(JsonParser parser) throws IOException {
        buffer.clear();
        int depth = 0;
        JsonToken token = parser.currentToken();
        do {
            switch (token) {
                case START_ARRAY, START_OBJECT -> {
                    separate();
                    buffer.put(token == JsonToken.START_ARRAY ? '[' : '{');
                    depth++;
                }
                case END_ARRAY, END_OBJECT -> {
                    buffer.put(token == JsonToken.END_ARRAY ? ']' : '}');
                    depth--;
                }
                case FIELD_NAME -> {
                    separate();
                    String name = parser.currentName();
                    if (needsNoEscape(name)) {
                        buffer.put('"').write(name, 0, name.length());
                        buffer.put('"');
                    } else {
                        generator().writeString(name);
                        generator.flush();
                    }
                    buffer.put(':');
                }
                case VALUE_STRING -> {
                    separate();
                    char[] chars = parser.getTextCharacters();
                    int offset = parser.getTextOffset();
                    int length = parser.getTextLength();
                    if (needsNoEscape(chars, offset, length)) {
                        buffer.put('"').write(chars, offset, length);
                        buffer.put('"');
                    } else {
                        generator().writeString(chars, offset, length);
                        generator.flush();
                    }
                }
                case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
                    separate();
                    String literal = token.asString();
                    buffer.write(literal, 0, literal.length());
                }
                default -> {
                    separate();
                    generator().copyCurrentEvent(parser);
                    generator.flush();
                }
            }
        } while (depth > 0 && (token = parser.nextToken()) != null);
        return buffer;
    }

    /**
     * A comma before a value or a name, unless it opens its structure or follows a name: every value written ends in a
     * character other than {@code [ { :}, so the last character tells.
     */
    private void separate() {
        int length = buffer.length();
        if (length > 0) {
            char last = buffer.chars()[length - 1];
            if (last != '[' && last != '{' && last != ':') {
                buffer.put(',');
            }
        }
    }

    private JsonGenerator generator() throws IOException {
        if (generator == null) {
            generator = JSON.createGenerator(buffer);
            generator.setRootValueSeparator(null);
        }
        return generator;
    }

    /** Whether the generator would write the text as it is (it escapes control characters, quotes and backslashes). */
    private static boolean needsNoEscape(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c < ' ' || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static boolean needsNoEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
