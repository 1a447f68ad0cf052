package dev.pantherkernel.magics.replay;

import dev.pantherkernel.magics.core.PublicApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Answers by endpoint and normalized request, each request's answers in the order they came (a data lake query is
 * asked for its state several times: running, running, succeeded), identical bodies held once. A recording read
 * from a file fills one; so does a replay server that keeps answers in memory (bench/).
 */
@PublicApi
public final class AnswerStore {

    private final Map<String, List<Stored>> answers = new ConcurrentHashMap<>();
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final Map<String, List<RecordedRequest>> byEndpoint = new ConcurrentHashMap<>();

    /** One answer kept: its status and the hash of its body. */
    private record Stored(int status, String body) {
    }

    /** Adds {@code answer} after the answers already kept for its request. */
    public void add(RecordedAnswer answer) {
        String hash = BodyHash.of(answer.body());
        bodies.putIfAbsent(hash, answer.body());
        add(answer.endpoint(), answer.request(), answer.status(), hash);
    }

    /** Adds an answer whose body is already kept under {@code hash} (see {@link #body}). */
    void add(String endpoint, RecordedRequest request, int status, String hash) {
        if (!bodies.containsKey(hash)) {
            throw new IllegalArgumentException("no body " + hash + " was kept before the answer that names it");
        }
        answers.compute(key(endpoint, request), (k, list) -> {
            List<Stored> next = list == null ? new CopyOnWriteArrayList<>() : list;
            if (list == null) {
                byEndpoint.computeIfAbsent(endpoint, e -> new CopyOnWriteArrayList<>()).add(request);
            }
            next.add(new Stored(status, hash));
            return next;
        });
    }

    /** Keeps a body under its hash. */
    void body(String hash, byte[] body) {
        bodies.putIfAbsent(hash, body);
    }

    /** The body kept under {@code hash}, if any. */
    Optional<byte[]> bodyOf(String hash) {
        return Optional.ofNullable(bodies.get(hash));
    }

    /** How many answers {@code request} has at {@code endpoint}. */
    public int count(String endpoint, RecordedRequest request) {
        List<Stored> list = answers.get(key(endpoint, request));
        return list == null ? 0 : list.size();
    }

    /** The {@code index}th answer to {@code request} (from 0), or, past the last, the last. */
    public Optional<Answer> answer(String endpoint, RecordedRequest request, int index) {
        List<Stored> list = answers.get(key(endpoint, request));
        if (list == null || list.isEmpty()) {
            return Optional.empty();
        }
        Stored stored = list.get(Math.min(index, list.size() - 1));
        return Optional.of(new Answer(stored.status(), bodies.get(stored.body())));
    }

    /** The requests answered at {@code endpoint}, in the order they were first asked. */
    List<RecordedRequest> requests(String endpoint) {
        return List.copyOf(byEndpoint.getOrDefault(endpoint, List.of()));
    }

    /** Answers kept, counting each of a request's several. */
    public int size() {
        return answers.values().stream().mapToInt(List::size).sum();
    }

    /** The bytes of the distinct bodies kept. */
    public long bodyBytes() {
        return bodies.values().stream().mapToLong(b -> b.length).sum();
    }

    private static String key(String endpoint, RecordedRequest request) {
        return endpoint + "\n" + request.key();
    }

    /** An answer as replayed: a status and the body (shared: read it, never change it). */
    public record Answer(int status, byte[] body) {
    }
}
