package dev.pantherkernel.magics.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.TimeText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which detections that alerted no longer exist, as their alerts' {@code origin} says ({@code DeletedDetection}):
 * the same fact the alert tables show, asked of one alert per detection, several detections a request. Series that
 * name only a detection's id ({@code alertsPerRule} of a deleted one) are checked this way, so that a metric names a
 * deleted detection as the alerts do.
 */
@Internal
public final class DeletedDetections {

    /** Detections per request: aliases of one field, each a small page of one alert. */
    private static final int PER_REQUEST = 25;

    private DeletedDetections() {
    }

    /** The ids among {@code detections} whose alerts created in [from, to) come from a deleted detection. */
    public static Set<String> among(Connection connection, List<String> detections, Instant from, Instant to) {
        Set<String> deleted = new LinkedHashSet<>();
        for (int start = 0; start < detections.size(); start += PER_REQUEST) {
            List<String> batch = detections.subList(start, Math.min(detections.size(), start + PER_REQUEST));
            Map<String, Object> variables = new LinkedHashMap<>();
            List<String> parameters = new ArrayList<>();
            StringBuilder fields = new StringBuilder();
            for (int i = 0; i < batch.size(); i++) {
                Map<String, Object> input = new LinkedHashMap<>();
                input.put("detectionId", batch.get(i));
                input.put("createdAtAfter", TimeText.format(from));
                input.put("createdAtBefore", TimeText.format(to));
                input.put("pageSize", 1);
                variables.put("in" + i, input);
                parameters.add("$in" + i + ": AlertsInput!");
                fields.append(" d").append(i).append(": alerts(input: $in").append(i)
                        .append(") { edges { node { origin { __typename } } } }");
            }
            String query = "query PantherKernelDeletedDetections(" + String.join(", ", parameters) + ") {" + fields + " }";
            JsonNode data = connection.client().execute(GraphQLRequest.query("alerts", query, variables));
            for (int i = 0; i < batch.size(); i++) {
                for (JsonNode edge : data.path("d" + i).path("edges")) {
                    if ("DeletedDetection".equals(edge.path("node").path("origin").path("__typename").asText())) {
                        deleted.add(batch.get(i));
                    }
                }
            }
        }
        return deleted;
    }
}
