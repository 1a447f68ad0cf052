package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** What came back from one exchange: status, headers, and the body still to be read (the caller closes it). */
@Internal
public record Reply(int status, Map<String, List<String>> headers, InputStream body) {

    /** The first value of a header, in any case; null when there is none. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
