package dev.pantherkernel.magics.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.OperationInterruptedException;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Panther AI's summary of an alert: {@code aiSummarizeAlert} starts it and gives a stream id, and
 * {@code aiInferenceStream} is polled until the text is finished, each time with the text so far.
 */
@Internal
public final class AlertSummary {

    static final String START = "mutation PantherKernelSummarizeAlert($input: AISummarizeAlertInput!) "
            + "{ aiSummarizeAlert(input: $input) { streamId } }";
    static final String POLL = "query PantherKernelSummaryStream($id: String!) "
            + "{ aiInferenceStream(streamId: $id) { responseText finished error } }";

    private final Connection connection;
    private final Duration poll;
    private final Duration timeout;

    public AlertSummary(Connection connection, Duration poll, Duration timeout) {
        this.connection = connection;
        this.poll = poll;
        this.timeout = timeout;
    }

    /** The finished summary of {@code alertId}; {@code soFar} hears the text as it grows. */
    public String of(String alertId, Consumer<String> soFar) {
        String streamId = connection.client().execute(GraphQLRequest.mutation("aiSummarizeAlert", START,
                Map.of("input", Map.of("alertId", alertId)))).path("aiSummarizeAlert").path("streamId").asText();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode stream = connection.client().execute(GraphQLRequest.query("aiInferenceStream", POLL,
                    Map.of("id", streamId))).path("aiInferenceStream");
            String text = stream.path("responseText").asText("");
            if (stream.hasNonNull("error") && !stream.path("error").asText().isBlank()) {
                throw new PantherException("Panther AI could not summarize alert " + alertId + ": "
                        + stream.path("error").asText());
            }
            if (stream.path("finished").asBoolean(false)) {
                return text;
            }
            soFar.accept(text);
            if (System.nanoTime() > deadline) {
                throw new PantherException("Panther AI's summary of alert " + alertId + " did not finish within "
                        + timeout.toSeconds() + " s; the text so far: " + text);
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationInterruptedException("aiInferenceStream");
            }
        }
    }
}
