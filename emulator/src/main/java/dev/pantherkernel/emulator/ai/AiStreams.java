package dev.pantherkernel.emulator.ai;

import dev.pantherkernel.emulator.core.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The answers being "generated": each is written in full when it starts, then handed out as a model would stream
 * it, a growing prefix (ending at a word) until {@link #GENERATION_TIME} has passed, so clients poll as they would
 * against Panther. Summaries of the same events with the same prompt are remembered for {@code cachedAISummaryData}.
 */
public final class AiStreams {
    /** How long an answer takes to come out whole. */
    public static final Duration GENERATION_TIME = Duration.ofMillis(1200);
    private static final int KEPT = 1000;

    private final Clock clock;
    private final Map<String, Stream> streams = new LinkedHashMap<>();
    private final Map<String, String> cache = new LinkedHashMap<>();

    public AiStreams(Clock clock) {
        this.clock = clock;
    }

    private record Stream(String id, String text, String error, Instant startedAt) {}

    /** {@code AIInferenceStream}. */
    public record View(String streamId, String responseText, boolean finished, String error) {}

    /** Starts streaming a text; {@code cacheKey} (or null) names what it summarised. */
    public synchronized String start(String text, String cacheKey) {
        return add(new Stream(UUID.randomUUID().toString(), text, null, clock.instant()), cacheKey);
    }

    /** A stream that fails at once with this message, as a model's refusal or a bad input does. */
    public synchronized String fail(String error) {
        return add(new Stream(UUID.randomUUID().toString(), "", error, clock.instant()), null);
    }

    public synchronized Optional<String> cached(String cacheKey) {
        return Optional.ofNullable(cache.get(cacheKey)).filter(streams::containsKey);
    }

    public synchronized View read(String id) {
        Stream stream = streams.get(id);
        if (stream == null) {
            throw ApiException.notFound("inference stream " + id);
        }
        if (stream.error() != null) {
            return new View(id, "", true, stream.error());
        }
        long elapsed = Duration.between(stream.startedAt(), clock.instant()).toMillis();
        if (elapsed >= GENERATION_TIME.toMillis()) {
            return new View(id, stream.text(), true, null);
        }
        int length = (int) (stream.text().length() * elapsed / GENERATION_TIME.toMillis());
        int wordEnd = stream.text().lastIndexOf(' ', length);
        return new View(id, stream.text().substring(0, Math.max(wordEnd, 0)), false, null);
    }

    private String add(Stream stream, String cacheKey) {
        if (streams.size() >= KEPT) {
            streams.remove(streams.keySet().iterator().next());
        }
        streams.put(stream.id(), stream);
        if (cacheKey != null) {
            cache.put(cacheKey, stream.id());
        }
        return stream.id();
    }
}
