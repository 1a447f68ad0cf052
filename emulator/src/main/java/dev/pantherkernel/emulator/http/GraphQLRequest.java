package dev.pantherkernel.emulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;

/** The JSON body of a GraphQL request: {@code {query, variables, operationName}}. */
record GraphQLRequest(String query, Map<String, Object> variables, String operationName) {

    /** Reads the body; a body that is not a JSON object with a string {@code query} is a {@link BadRequest}. */
    static GraphQLRequest read(ObjectMapper json, byte[] body) throws BadRequest {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("request body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequest("request body is not readable: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("request body must be a JSON object with a query");
        }
        JsonNode query = root.get("query");
        if (query == null || !query.isTextual()) {
            throw new BadRequest("request body must have a string field 'query'");
        }
        JsonNode variables = root.get("variables");
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            throw new BadRequest("'variables' must be a JSON object");
        }
        JsonNode name = root.get("operationName");
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = variables == null || variables.isNull()
                ? Map.of() : json.convertValue(variables, Map.class);
        return new GraphQLRequest(query.asText(), vars, name == null || name.isNull() ? null : name.asText());
    }

    /** A request the server refuses with HTTP 400 and this message. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message, null, false, false);
        }
    }
}
