package dev.pantherkernel.magics.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request as it goes on the wire: each value that is a pseudonym of the session replaced by its original
 * ({@link SentValues#whole}): GraphQL variables at any depth, REST path and query values, and the strings of a REST
 * body. Query text (GraphQL documents, the SQL in a variable) is never touched here: a value written into code is
 * bound where it is written, quoted for that language.
 */
final class SentRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SentRequest() {
    }

    static ApiRequest of(ApiRequest request, SentValues values) {
        if (!values.replacesAny()) {
            return request;
        }
        if (request instanceof GraphQLRequest graphql) {
            if (graphql.variables().isEmpty()) {
                return graphql;
            }
            Map<String, Object> variables = new LinkedHashMap<>();
            graphql.variables().forEach((name, value) -> variables.put(name, value(value, values)));
            return graphql.withVariables(variables);
        }
        RestRequest rest = (RestRequest) request;
        List<String> path = rest.pathValues().stream().map(values::whole).toList();
        Map<String, List<String>> query = new LinkedHashMap<>();
        rest.query().forEach((name, list) -> query.put(name, list.stream().map(values::whole).toList()));
        Object body = rest.body() == null ? null : value(rest.body() instanceof JsonNode || rest.body() instanceof Map<?, ?>
                || rest.body() instanceof Collection<?> || rest.body() instanceof String ? rest.body()
                : JSON.valueToTree(rest.body()), values);
        return new RestRequest(rest.method(), rest.template(), path, query, body);
    }

    private static Object value(Object value, SentValues values) {
        if (value instanceof String text) {
            return values.whole(text);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, value(v, values)));
            return out;
        }
        if (value instanceof Collection<?> items) {
            List<Object> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(value(item, values)));
            return out;
        }
        if (value instanceof JsonNode node) {
            return node(node, values);
        }
        return value;
    }

    private static JsonNode node(JsonNode node, SentValues values) {
        if (node.isTextual()) {
            String sent = values.whole(node.textValue());
            return sent.equals(node.textValue()) ? node : TextNode.valueOf(sent);
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = JSON.createArrayNode();
            array.forEach(item -> out.add(node(item, values)));
            return out;
        }
        if (node instanceof ObjectNode object) {
            ObjectNode out = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.set(field.getKey(), node(field.getValue(), values));
            }
            return out;
        }
        return node;
    }
}
