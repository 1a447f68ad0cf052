package dev.pantherkernel.magics.datalake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.PantherException;
import dev.pantherkernel.magics.client.GraphQLErrorException;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/** Starts a data lake query, reads its state, and cancels it. */
final class QueryControl {

    private static final Logger LOG = LoggerFactory.getLogger(QueryControl.class);

    private final PantherClient client;

    QueryControl(PantherClient client) {
        this.client = client;
    }

    /** Sends a mutation that starts a query ({@code executeDataLakeQuery}, ...) and returns the query's id. */
    String start(String rootField, String mutation, Map<String, Object> input) {
        JsonNode data = client.execute(GraphQLRequest.mutation(rootField, mutation, Map.of("input", input)));
        String id = data.path(rootField).path("id").asText("");
        if (id.isEmpty()) {
            throw new PantherException(rootField + " answered without a query id; the query may not have started");
        }
        return id;
    }

    QueryState state(String id) {
        JsonNode data = client.execute(GraphQLRequest.query("dataLakeQuery", DataLakeOperations.STATE, Map.of("id", id)));
        return QueryState.of(data.path("dataLakeQuery"));
    }

    /**
     * Asks Panther to stop the query. It is sent with the thread's interrupt flag cleared (an interrupt is usually
     * why it is sent) and the flag is set again afterwards. Returns why Panther refused, or empty when it agreed.
     */
    Optional<String> cancel(String id) {
        boolean interrupted = Thread.interrupted();
        try {
            client.execute(GraphQLRequest.mutation("cancelDataLakeQuery", DataLakeOperations.CANCEL,
                    Map.of("input", Map.of("id", id))));
            return Optional.empty();
        } catch (GraphQLErrorException e) {
            LOG.info("cancelling query {} failed: {}", id, e.getMessage());
            return Optional.of(e.errors().get(0).message());
        } catch (PantherException e) {
            LOG.info("cancelling query {} failed: {}", id, e.getMessage());
            return Optional.of(e.getMessage());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
