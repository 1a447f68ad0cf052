package dev.pantherkernel.magics.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantherkernel.magics.redact.Redaction;
import dev.pantherkernel.magics.replay.RecordingWriter.BeforeWriting;
import dev.pantherkernel.magics.replay.RecordedAnswer;
import dev.pantherkernel.magics.replay.RecordedRequest;

import java.nio.charset.StandardCharsets;

/**
 * What a recording writes while the session's redaction is on: the answer's body and its request (whose SQL and
 * variables carry values too) with pseudonyms in place of values. A replay of it sends the pseudonyms its tables hold,
 * which are what the redacted request holds, so the answers are found again.
 */
final class RedactedRecording implements BeforeWriting {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Redaction redaction;

    RedactedRecording(Redaction redaction) {
        this.redaction = redaction;
    }

    @Override
    public RecordedAnswer apply(RecordedAnswer answer) {
        if (!redaction.on()) {
            return answer;
        }
        String body = redaction.json(new String(answer.body(), StandardCharsets.UTF_8));
        return new RecordedAnswer(answer.endpoint(), request(answer.request()), answer.status(),
                body.getBytes(StandardCharsets.UTF_8), answer.at());
    }

    private RecordedRequest request(RecordedRequest request) {
        try {
            return new RecordedRequest((ObjectNode) JSON.readTree(redaction.json(request.json().toString())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a redacted request is not JSON any more: " + e.getOriginalMessage(), e);
        }
    }
}
