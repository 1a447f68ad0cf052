package dev.pantherkernel.magics.replay;

import dev.pantherkernel.magics.client.ApiRequest;
import dev.pantherkernel.magics.client.Transport.Reply;
import dev.pantherkernel.magics.client.Transport;

import java.io.ByteArrayInputStream;
import java.util.Map;

/** Answers a connection's requests from a {@link Replay}: no network, no token; a request not recorded is an error. */
final class ReplayTransport implements Transport {

    private final Replay replay;
    private final String endpoint;

    ReplayTransport(Replay replay, String endpoint) {
        this.replay = replay;
        this.endpoint = endpoint;
    }

    @Override
    public Reply send(ApiRequest request, Map<String, String> headers) {
        RecordedRequest recorded = RecordedRequest.of(request);
        AnswerStore.Answer answer = replay.next(endpoint, recorded)
                .orElseThrow(() -> replay.notRecorded(endpoint, recorded, request.operation()));
        return new Reply(answer.status(), Map.of(), new ByteArrayInputStream(answer.body()));
    }
}
