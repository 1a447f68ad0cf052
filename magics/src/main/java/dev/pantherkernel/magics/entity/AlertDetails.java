package dev.pantherkernel.magics.entity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.client.GraphQLRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The title, severity and status of the alerts a profile found in the rule matches, in one GraphQL request (one
 * aliased {@code alert(id:)} field per alert, each id a variable, never pasted into the document).
 */
final class AlertDetails {

    /** Alerts asked about at most; the rule matches' newest first. */
    static final int MOST = 100;

    private AlertDetails() {
    }

    /** The operation for {@code ids}: {@code a0: alert(id: $a0) {...}} for each. */
    static String operation(int count) {
        StringBuilder vars = new StringBuilder();
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < count; i++) {
            vars.append(i == 0 ? "" : ", ").append("$a").append(i).append(": ID!");
            fields.append("  a").append(i).append(": alert(id: $a").append(i).append(") { id title severity status createdAt }\n");
        }
        return "query PantherKernelEntityAlerts(" + vars + ") {\n" + fields + "}";
    }

    /** Each alert's fields by id; an alert Panther does not find is left out. */
    static Map<String, JsonNode> of(Connection connection, List<String> ids) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        List<String> asked = ids.size() > MOST ? new ArrayList<>(ids.subList(0, MOST)) : ids;
        if (asked.isEmpty()) {
            return out;
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            variables.put("a" + i, asked.get(i));
        }
        JsonNode data = connection.client().execute(GraphQLRequest.query("PantherKernelEntityAlerts", operation(asked.size()), variables));
        for (int i = 0; i < asked.size(); i++) {
            JsonNode alert = data.path("a" + i);
            if (alert.isObject()) {
                out.put(alert.path("id").asText(), alert);
            }
        }
        return out;
    }
}
