package dev.pantherkernel.magics.replay;

import dev.pantherkernel.magics.client.Transport;

import dev.pantherkernel.magics.core.Internal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A recording being replayed: where each request is in its sequence of answers (a query's state asked again gets the
 * next answer recorded, and the last one once they run out) and how far the session clock has read. Every connection
 * of a replaying session shares one, so connecting again does not start the sequences over.
 */
@Internal
public final class Replay {

    private final Recording recording;
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    private final AtomicInteger clockReads = new AtomicInteger();

    public Replay(Recording recording) {
        this.recording = recording;
    }

    public static Replay of(Path file) {
        return new Replay(Recording.read(file));
    }

    public Recording recording() {
        return recording;
    }

    /** The transport of a connection to {@code endpoint}: answers from the recording, nothing over any network. */
    public Transport transport(String endpoint) {
        return new ReplayTransport(this, endpoint);
    }

    /** The next recorded answer to {@code request} at {@code endpoint}; empty when it was never recorded. */
    Optional<AnswerStore.Answer> next(String endpoint, RecordedRequest request) {
        int index = asked.computeIfAbsent(endpoint + "\n" + request.key(), k -> new AtomicInteger()).getAndIncrement();
        return recording.answers().answer(endpoint, request, index);
    }

    /** The session clock's next recorded read; past the last, the last again (the recording's start, if none). */
    public Instant nextClockRead() {
        List<Instant> reads = recording.clockReads();
        if (reads.isEmpty()) {
            return recording.recordedAt();
        }
        return reads.get(Math.min(clockReads.getAndIncrement(), reads.size() - 1));
    }

    /** The one line that says what was asked and that the recording does not have it. */
    NotRecordedException notRecorded(String endpoint, RecordedRequest request, String operation) {
        boolean otherValues = recording.answers().requests(endpoint).stream().anyMatch(request::sameOperationAs);
        String what = request.json().has("rest") ? request.describe() : operation + " (" + request.describe() + ")";
        return new NotRecordedException(what + " was not recorded in " + recording.file().getFileName()
                + (otherValues ? ": it was recorded with other values (variables, query or body)" : "")
                + "; a replay answers only what the recorded session asked: run the cells as they were recorded, or "
                + "record again");
    }
}
