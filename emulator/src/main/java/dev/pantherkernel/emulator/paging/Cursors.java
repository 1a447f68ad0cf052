package dev.pantherkernel.emulator.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.emulator.core.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque cursors: a small JSON key, base64url-encoded, as Panther's are. Clients must not parse
 * them; the emulator decodes only its own.
 */
public final class Cursors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Key(Integer offset, List<String> after) {}

    private Cursors() {}

    public static String offset(int offset) {
        return encode(new Key(offset, null));
    }

    /** The offset in a cursor made by {@link #offset}; no cursor means the start. */
    public static int offsetOf(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        Key key = decode(cursor);
        if (key.offset() == null || key.offset() < 0) {
            throw invalid();
        }
        return key.offset();
    }

    /** A cursor that points just past the row with this sort key. */
    public static String after(List<String> sortKey) {
        return encode(new Key(null, sortKey));
    }

    public static List<String> sortKeyOf(String cursor) {
        Key key = decode(cursor);
        if (key.after() == null) {
            throw invalid();
        }
        return key.after();
    }

    private static String encode(Key key) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(key));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Key decode(String cursor) {
        try {
            return JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8), Key.class);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalidInput("invalid cursor");
    }
}
