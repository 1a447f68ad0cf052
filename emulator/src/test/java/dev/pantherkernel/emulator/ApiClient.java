package dev.pantherkernel.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A plain GraphQL-over-HTTP client for the tests, as any Panther client would talk to the API. */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: HTTP status, headers and the body (parsed when it is JSON). */
    record Answer(int status, HttpResponse<String> raw, JsonNode body) {
        JsonNode data() {
            return body.path("data");
        }

        JsonNode errors() {
            return body.path("errors");
        }

        String firstError() {
            return errors().path(0).path("message").asText(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String url;
    private final String token;

    ApiClient(String url, String token) {
        this.url = url;
        this.token = token;
    }

    ApiClient withToken(String other) {
        return new ApiClient(url, other);
    }

    Answer query(String query, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", vars);
        try {
            return send(JSON.writeValueAsString(body), Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Data of a query that must succeed without errors. */
    JsonNode data(String query, Object... variables) {
        Answer answer = query(query, variables);
        if (answer.status() != 200 || answer.errors().size() > 0) {
            throw new AssertionError("query failed: HTTP " + answer.status() + " " + answer.body());
        }
        return answer.data();
    }

    Answer send(String rawBody, Duration timeout) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody));
        if (token != null) {
            request.header("X-API-Key", token);
        }
        return answer(request.build());
    }

    Answer answer(HttpRequest request) throws IOException {
        try {
            // the client's own timeout ends at the headers; a body that never ends must fail the test, not hang it
            HttpResponse<String> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .get(request.timeout().orElse(Duration.ofSeconds(60)).toMillis() + 5_000, TimeUnit.MILLISECONDS);
            JsonNode body;
            try {
                body = JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = JSON.missingNode();
            }
            return new Answer(response.statusCode(), response, body == null ? JSON.missingNode() : body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("no complete answer in time", e);
        }
    }

    String url() {
        return url;
    }
}
