package dev.pantherkernel.magics.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import com.fasterxml.jackson.core.JsonParseException;

/** The usual reader: the whole reply as a JSON tree; GraphQL errors are thrown, the {@code data} is returned. */
final class JsonReply {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonReply() {
    }

    public static ReplyReader<JsonNode> data(String operation) {
        return body -> {
            JsonNode reply = JSON.readTree(body);
            if (reply == null || !reply.isObject()) {
                throw new JsonParseException(null, "the reply is not a JSON object");
            }
            GraphQLErrors.throwIfAny(operation, reply.get("errors"));
            JsonNode data = reply.get("data");
            if (data == null || data.isNull()) {
                throw new IOException("the reply has neither data nor errors");
            }
            return data;
        };
    }
}
