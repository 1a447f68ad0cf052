package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts alerts straight from the API with plain HTTP, independently of the kernel's own client, so a test can
 * compare the kernel's table with what the server holds.
 */
final class AlertCounter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AlertCounter() {
    }

    static int count(String url, String token, Instant from, Instant to) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String cursor = null;
        int total = 0;
        do {
            Map<String, Object> input = new HashMap<>();
            input.put("createdAtAfter", from.toString());
            input.put("createdAtBefore", to.toString());
            input.put("pageSize", 50);
            if (cursor != null) {
                input.put("cursor", cursor);
            }
            String body = JSON.writeValueAsString(Map.of("query",
                    "query($i: AlertsInput!) { alerts(input: $i) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                    "variables", Map.of("i", input)));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json").header("X-API-Key", token)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode alerts = JSON.readTree(response.body()).path("data").path("alerts");
            total += alerts.path("edges").size();
            cursor = alerts.path("pageInfo").path("hasNextPage").asBoolean() ? alerts.path("pageInfo").path("endCursor").asText() : null;
        } while (cursor != null);
        return total;
    }
}
