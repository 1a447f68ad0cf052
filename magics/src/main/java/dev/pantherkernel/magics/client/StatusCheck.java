package dev.pantherkernel.magics.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** Turns HTTP statuses into what they mean for the user: a rejected token, a missing permission, a retry. */
final class StatusCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> TRANSIENT = Set.of(429, 500, 502, 503, 504);
    private static final int ERROR_BODY_LIMIT = 4096;

    private final String endpoint;

    StatusCheck(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Returns normally for 2xx; otherwise closes the body and throws what the status means. */
    void check(GraphQLRequest request, HttpTransport.Reply reply) throws RetryableFault {
        int status = reply.status();
        if (status >= 200 && status < 300) {
            return;
        }
        String detail = errorDetail(reply.body());
        if (status == 401) {
            throw new TokenRejectedException(request.operation(), endpoint);
        }
        if (status == 403) {
            throw new AccessDeniedException(request.operation());
        }
        if (TRANSIENT.contains(status)) {
            throw new RetryableFault("HTTP " + status + (detail.isEmpty() ? "" : " (" + detail + ")"),
                    retryAfter(reply.header("Retry-After")), null);
        }
        throw new ApiException(request.operation(), request.operation() + " failed: HTTP " + status
                + (detail.isEmpty() ? "" : ": " + detail));
    }

    /** The server's {"message": ...}, or the start of a non-JSON body (an HTML error page, say). */
    private static String errorDetail(InputStream body) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(ERROR_BODY_LIMIT);
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            if (text.startsWith("{")) {
                try {
                    JsonNode node = JSON.readTree(text);
                    if (node.hasNonNull("message")) {
                        return node.get("message").asText();
                    }
                } catch (IOException notJson) {
                    // fall through to the raw text
                }
            }
            if (text.startsWith("<")) {
                return "an HTML error page";
            }
            return text.length() > 200 ? text.substring(0, 200) + "…" : text;
        } catch (IOException e) {
            return "";
        }
    }

    /** Retry-After is either seconds or an HTTP date. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
