package dev.pantherkernel.magics.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantherkernel.magics.client.ApiRequest;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.core.PublicApi;
import graphql.GraphQLException;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * A request as a recording keys it: what Panther would see, normalized so that the same question asked twice is the
 * same key. GraphQL: the operation text printed compactly by graphql-java (spacing, line breaks and comments do not
 * count), the operation name and the variables; REST: the method, the path as sent, the query parameters sorted by
 * name, and the body. Object keys are sorted everywhere, so their order does not count either. No header takes part:
 * nothing here ever holds the API key.
 *
 * @param json the normalized request, as the recording file writes it (see docs/recording-format.md)
 */
@PublicApi
public record RecordedRequest(ObjectNode json) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every object's fields in name order, so that one request has one key however it was built or read. */
    public RecordedRequest {
        json = (ObjectNode) sorted(json);
    }

    /** The request of a client call. */
    public static RecordedRequest of(ApiRequest request) {
        if (request instanceof GraphQLRequest graphql) {
            return graphql(graphql.query(), graphql.operationName(), JSON.valueToTree(graphql.variables()));
        }
        RestRequest rest = (RestRequest) request;
        String path = rest.pathAndQuery();
        int query = path.indexOf('?');
        ObjectNode node = NODES.objectNode();
        node.put("method", rest.method().name());
        node.put("path", query < 0 ? path : path.substring(0, query));
        node.set("query", JSON.valueToTree(rest.query()));
        node.set("body", rest.body() == null ? NODES.nullNode() : JSON.valueToTree(rest.body()));
        ObjectNode root = NODES.objectNode();
        root.set("rest", node);
        return new RecordedRequest(root);
    }

    /** A GraphQL request as it came over the wire ({@code query}, {@code operationName}, {@code variables}). */
    public static RecordedRequest graphql(String query, String operationName, JsonNode variables) {
        ObjectNode node = NODES.objectNode();
        node.put("query", normalized(query));
        node.put("operationName", operationName);
        boolean none = variables == null || variables.isNull() || variables.isMissingNode() || variables.isEmpty();
        node.set("variables", none ? NODES.objectNode() : variables);
        ObjectNode root = NODES.objectNode();
        root.set("graphql", node);
        return new RecordedRequest(root);
    }

    /** A request read back from a recording: normalized again, so a file written by hand keys as the client does. */
    static RecordedRequest read(JsonNode json) {
        if (json.has("graphql")) {
            JsonNode g = json.get("graphql");
            return graphql(g.path("query").asText(), g.path("operationName").isTextual() ? g.get("operationName").asText()
                    : null, g.path("variables"));
        }
        if (json.has("rest")) {
            ObjectNode root = NODES.objectNode();
            root.set("rest", json.get("rest"));
            return new RecordedRequest(root);
        }
        throw new IllegalArgumentException("a recorded request is either graphql or rest, not " + json.fieldNames().next());
    }

    /** The key answers are found by: the normalized request as one line of JSON. */
    public String key() {
        return json.toString();
    }

    /** How an error names it: {@code GraphQL alerts(...)}, or {@code GET /rules?state=enabled}. */
    public String describe() {
        if (json.has("graphql")) {
            String query = json.get("graphql").path("query").asText();
            return "GraphQL " + (query.length() > 80 ? query.substring(0, 80) + "…" : query);
        }
        JsonNode rest = json.get("rest");
        List<String> pairs = new ArrayList<>();
        rest.path("query").properties().forEach(e -> e.getValue().forEach(v -> pairs.add(e.getKey() + "=" + v.asText())));
        return rest.path("method").asText() + " " + rest.path("path").asText()
                + (pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }

    /** The same operation asked with other values: the GraphQL text (or the REST method and path) alike. */
    boolean sameOperationAs(RecordedRequest other) {
        if (json.has("graphql") && other.json.has("graphql")) {
            return json.get("graphql").path("query").equals(other.json.get("graphql").path("query"));
        }
        if (json.has("rest") && other.json.has("rest")) {
            return json.get("rest").path("method").equals(other.json.get("rest").path("method"))
                    && json.get("rest").path("path").equals(other.json.get("rest").path("path"));
        }
        return false;
    }

    /** The operation text printed compactly; text graphql-java cannot parse is kept with its spacing collapsed. */
    static String normalized(String query) {
        try {
            Document document = Parser.parse(query);
            return AstPrinter.printAstCompact(document);
        } catch (GraphQLException notGraphQL) {
            return query.strip().replaceAll("\\s+", " ");
        }
    }

    /** A copy with every object's fields in name order. */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = NODES.objectNode();
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(name -> out.set(name, sorted(node.get(name))));
            return out;
        }
        if (node.isArray()) {
            var out = NODES.arrayNode();
            node.forEach(element -> out.add(sorted(element)));
            return out;
        }
        return node;
    }

    @Override
    public String toString() {
        return describe();
    }
}
