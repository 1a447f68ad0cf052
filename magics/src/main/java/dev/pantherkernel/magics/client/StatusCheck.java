package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.client.Transport.Reply;
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
    void check(ApiRequest request, Reply reply) throws RetryableFault {
        int status = reply.status();
        if (status >= 200 && status < 300) {
            return;
        }
        ErrorBody body = ErrorBody.read(reply.body());
        if (status == 401) {
            throw new TokenRejectedException(request.operation(), endpoint, status, "");
        }
        if (status == 403 && request instanceof RestRequest) {
            // Panther's REST API says a missing permission with a 403 and a {"message"}
            throw new AccessDeniedException(request.operation(), body.detail());
        }
        if (status == 404 && request instanceof RestRequest) {
            throw new NotFoundException(request.operation(), body.detail());
        }
        if (status == 403) {
            // Panther's own refusal of a permission is a GraphQL error; a bare 403 comes from a gateway that refused the key
            GraphQLErrors.throwIfAny(request.operation(), body.graphQLErrors());
            throw new TokenRejectedException(request.operation(), endpoint, status, body.detail());
        }
        if (TRANSIENT.contains(status)) {
            Duration retryAfter = retryAfter(reply.header("Retry-After"));
            // 429, and 503 with Retry-After, say the request was not acted on: safe to send again, mutations too
            boolean notActedOn = status == 429 || (status == 503 && retryAfter != null);
            throw new RetryableFault("HTTP " + status + (body.detail().isEmpty() ? "" : " (" + body.detail() + ")"),
                    retryAfter, notActedOn, null);
        }
        throw new ApiException(request.operation(), request.operation() + " failed: HTTP " + status
                + (body.detail().isEmpty() ? "" : ": " + body.detail()));
    }

    /** What an error reply said: its GraphQL errors if it has any, and a few words for the message. */
    private record ErrorBody(JsonNode graphQLErrors, String detail) {

        /** The server's {"message": ...}, or the start of a non-JSON body (an HTML error page, say). */
        static ErrorBody read(InputStream body) {
            try (InputStream in = body) {
                byte[] bytes = in.readNBytes(ERROR_BODY_LIMIT);
                String text = new String(bytes, StandardCharsets.UTF_8).strip();
                if (text.startsWith("{")) {
                    try {
                        JsonNode node = JSON.readTree(text);
                        JsonNode errors = node.get("errors");
                        String message = node.hasNonNull("message") ? node.get("message").asText()
                                : errors != null ? errors.path(0).path("message").asText("") : "";
                        return new ErrorBody(errors, message);
                    } catch (IOException notJson) {
                        // fall through to the raw text
                    }
                }
                if (text.startsWith("<")) {
                    return new ErrorBody(null, "an HTML error page");
                }
                return new ErrorBody(null, text.length() > 200 ? text.substring(0, 200) + "…" : text);
            } catch (IOException e) {
                return new ErrorBody(null, "");
            }
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
