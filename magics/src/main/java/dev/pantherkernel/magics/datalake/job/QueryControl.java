package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.core.Quantities;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.GraphQLErrorException;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.core.PantherException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Starts a data lake query, reads its state, and cancels it. */
final class QueryControl {

    private static final Logger LOG = LoggerFactory.getLogger(QueryControl.class);

    /** How long an interrupted cell waits for Panther to confirm a cancel. */
    static final Duration CANCEL_WAIT = Duration.ofSeconds(5);

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
        JsonNode data = client.execute(GraphQLRequest.query("dataLakeQuery", JobOperations.STATE, Map.of("id", id)));
        return QueryState.of(data.path("dataLakeQuery"));
    }

    /**
     * Asks Panther to stop the query and waits at most {@link #CANCEL_WAIT} for the answer: an interrupted cell has
     * only a few seconds before the kernel gives up on it. The wait runs with the thread's interrupt flag cleared (an
     * interrupt is usually why the cancel is sent) and the flag is set again afterwards. Returns why the cancel did
     * not take, or empty when Panther agreed.
     */
    Optional<String> cancel(String id) {
        boolean interrupted = Thread.interrupted();
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Thread sender = new Thread(() -> {
            try {
                answer.complete(send(id));
            } catch (RuntimeException | Error e) {
                answer.completeExceptionally(e);
            }
        }, "panther-cancel-" + id);
        sender.setDaemon(true);
        sender.start();
        try {
            return answer.get(CANCEL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Optional.of("Panther did not answer the cancel within " + Quantities.duration(CANCEL_WAIT));
        } catch (InterruptedException e) {
            interrupted = true;
            return Optional.of("interrupted again while the cancel was on its way");
        } catch (ExecutionException e) {
            throw new IllegalStateException("cancelling query " + id + " failed: " + e.getCause(), e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Optional<String> send(String id) {
        try {
            client.execute(GraphQLRequest.mutation("cancelDataLakeQuery", JobOperations.CANCEL,
                    Map.of("input", Map.of("id", id))));
            return Optional.empty();
        } catch (GraphQLErrorException e) {
            LOG.info("cancelling query {} failed: {}", id, e.getMessage());
            return Optional.of(e.errors().get(0).message());
        } catch (PantherException e) {
            LOG.info("cancelling query {} failed: {}", id, e.getMessage());
            return Optional.of(e.getMessage());
        }
    }
}
