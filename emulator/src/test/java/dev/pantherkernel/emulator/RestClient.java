package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Panther's REST API as a client talks to it ({@code X-API-Key}, JSON bodies), for the tests. Every exchange goes
 * through {@link RestContract#check}: by default both request and answer must be as our OpenAPI description says;
 * {@link #breakingTheRequest()} is for tests that send an off-description request on purpose (the request must then
 * indeed break it, and the answer must still be described); {@link #unchecked()} only for injected faults.
 */
final class RestClient {
    /** One answer: status, headers and the body (parsed when it is JSON, missing otherwise). */
    record Exchange(int status, HttpResponse<String> raw, JsonNode body, RestContract.Verdict verdict) {
        String message() {
            return body.path("message").asText(null);
        }
    }

    private final HttpClient http;
    private final String base;
    private final String token;
    private final RestContract.Intent intent;

    RestClient(String base, String token) {
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build(), base, token,
                RestContract.Intent.WITHIN);
    }

    private RestClient(HttpClient http, String base, String token, RestContract.Intent intent) {
        this.http = http;
        this.base = base;
        this.token = token;
        this.intent = intent;
    }

    RestClient withToken(String other) {
        return new RestClient(http, base, other, intent);
    }

    /** For requests that break the description on purpose: no key, a bad parameter value, a field it does not have. */
    RestClient breakingTheRequest() {
        return new RestClient(http, base, token, RestContract.Intent.BAD_REQUEST);
    }

    /** For injected faults, whose answers no description can have. */
    RestClient unchecked() {
        return new RestClient(http, base, token, RestContract.Intent.UNCHECKED);
    }

    Exchange get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    Exchange delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null);
    }

    Exchange post(String pathAndQuery, Object body) {
        return send("POST", pathAndQuery, json(body));
    }

    Exchange put(String pathAndQuery, Object body) {
        return send("PUT", pathAndQuery, json(body));
    }

    Exchange patch(String pathAndQuery, Object body) {
        return send("PATCH", pathAndQuery, json(body));
    }

    /** Sends and checks one exchange; a body of null sends none. */
    Exchange send(String method, String pathAndQuery, String body) {
        URI uri = URI.create(base + pathAndQuery);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (token != null) {
            headers.put("X-API-Key", token);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response = answer(request.build());
        JsonNode parsed;
        try {
            parsed = response.body().isEmpty() ? ApiClient.JSON.missingNode() : ApiClient.JSON.readTree(response.body());
        } catch (JsonProcessingException notJson) {
            parsed = ApiClient.JSON.missingNode();
        }
        RestContract.Verdict verdict = intent == RestContract.Intent.UNCHECKED ? new RestContract.Verdict(List.of(), List.of())
                : RestContract.check(method, uri, headers, body, response.statusCode(), response.headers().map(), response.body());
        String exchange = method + " " + pathAndQuery + " -> " + response.statusCode() + " " + response.body();
        if (intent == RestContract.Intent.WITHIN) {
            assertThat(verdict.requestProblems()).as("the request of %s breaks the OpenAPI description", exchange).isEmpty();
        }
        if (intent == RestContract.Intent.BAD_REQUEST) {
            assertThat(verdict.requestProblems()).as("the request of %s was meant to break the OpenAPI description", exchange).isNotEmpty();
        }
        assertThat(verdict.answerProblems()).as("the answer of %s breaks the OpenAPI description", exchange).isEmpty();
        return new Exchange(response.statusCode(), response, parsed, verdict);
    }

    private HttpResponse<String> answer(HttpRequest request) {
        try {
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(65, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("no answer to " + request.method() + " " + request.uri(), e);
        }
    }

    private static String json(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return ApiClient.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
