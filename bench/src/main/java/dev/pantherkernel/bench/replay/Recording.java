package dev.pantherkernel.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers a replay server keeps, as the upstream server sent them (bytes, already encoded), by the request that
 * asked for them: its operation text, operation name and variables, the variables read as JSON so that the order of
 * their keys does not matter. Only answers that stay true are kept: a finished query's state and results pages, the
 * id a query text was given (asked again, the same text gets the same finished query), catalog answers. Errors, and a
 * query's state while it still runs, are passed on and forgotten.
 */
final class Recording {

    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();

    /** The key of a GraphQL request body ({@code {"query": .., "operationName": .., "variables": ..}}). */
    static String key(byte[] requestBody) throws IOException {
        JsonNode request = JSON.readTree(requestBody);
        Object variables = JSON.treeToValue(request.path("variables"), Object.class);
        return request.path("query").asText() + "\n" + request.path("operationName").asText() + "\n"
                + JSON.writeValueAsString(variables);
    }

    Optional<byte[]> answer(String key) {
        return Optional.ofNullable(answers.get(key));
    }

    /** Keeps an upstream answer if it stays true; returns whether it was kept. */
    boolean keep(String key, int status, byte[] body) throws IOException {
        if (status != 200 || !lasts(JSON.readTree(body))) {
            return false;
        }
        answers.put(key, body);
        return true;
    }

    int size() {
        return answers.size();
    }

    long bytes() {
        return answers.values().stream().mapToLong(body -> body.length).sum();
    }

    /** No errors, and no query that is still running (its state will change). */
    private static boolean lasts(JsonNode answer) {
        if (answer.path("errors").size() > 0 || !answer.path("data").isObject()) {
            return false;
        }
        String status = answer.path("data").path("dataLakeQuery").path("status").asText("");
        return !status.equals("running") && !answer.path("data").path("dataLakeQuery").path("results")
                .path("tryAgain").asBoolean(false);
    }
}
