package dev.pantherkernel.magics.session;

import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.Endpoint;
import dev.pantherkernel.magics.client.Transport;
import dev.pantherkernel.magics.connect.ConnectOptions;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.KernelVersion;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.replay.RecordingWriter.BeforeWriting;
import dev.pantherkernel.magics.replay.Recording.RecordedConnection;
import dev.pantherkernel.magics.replay.RecordingWriter;
import dev.pantherkernel.magics.replay.Replay;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * A session's record and replay: the clock every "now" of the library reads, the recording being written, the
 * recording being replayed, and the transport over the network with its recording step and its count of requests. At
 * most one of recording and replaying at a time: a replaying session records nothing.
 */
final class RecordReplay {

    private final SessionClock clock = new SessionClock();
    private final LongAdder requestsSent = new LongAdder();
    private final Consumer<String> notices;
    private volatile RecordingWriter recording;
    private volatile Replay replay;
    private volatile BeforeWriting beforeWriting = BeforeWriting.NOTHING;

    /** @param notices where to say, once, what the user should know (a recording that stopped, one that ends early) */
    RecordReplay(Consumer<String> notices) {
        this.notices = notices;
    }

    SessionClock clock() {
        return clock;
    }

    long requestsSent() {
        return requestsSent.sum();
    }

    /** Java's HTTP client, each request counted, with the recording step around it (which records while one runs). */
    Transport overTheNetwork(Endpoint endpoint, ClientOptions options) {
        Transport http = Transport.http(endpoint, options);
        Transport counted = (request, headers) -> {
            requestsSent.increment();
            return http.send(request, headers);
        };
        return RecordingWriter.tap(counted, endpoint.toString(), () -> recording, Clock.systemUTC());
    }

    /** Replays {@code file} from now on, the clock reading its recorded times; recording stops. */
    synchronized void replay(Path file) {
        Replay next = Replay.of(file);
        stop();
        replay = next;
        clock.replaying(next);
        if (next.recording().endsEarly()) {
            notices.accept("the recording " + file + " ends early (the kernel that wrote it stopped before closing it): "
                    + "it replays up to its last whole answer");
        }
    }

    Optional<Replay> replaying() {
        return Optional.ofNullable(replay);
    }

    /**
     * The connection a connect opens while replaying: to the recorded connection its {@code --url} names, to the
     * demo's for {@code --demo}, else to the one {@code current} replays already, else to the first recorded.
     */
    Connection replayed(ConnectOptions options, Optional<Connection> current, Connection.Setup setup) {
        Replay replaying = replay;
        List<RecordedConnection> recorded = replaying.recording().connections();
        Path file = replaying.recording().file();
        if (recorded.isEmpty()) {
            throw new PantherException(file + " holds no connection: it was recorded in a session that never connected "
                    + "to Panther, so there is nothing to replay");
        }
        RecordedConnection chosen;
        if (options.url() != null) {
            String wanted = Endpoint.parse(options.url()).toString();
            chosen = recorded.stream().filter(c -> c.endpoint().equals(wanted)).findFirst().orElseThrow(() ->
                    new PantherException(file + " holds no answers from " + wanted + "; it recorded " + String.join(", ",
                            recorded.stream().map(RecordedConnection::endpoint).distinct().toList())));
        } else {
            Optional<String> now = current.filter(c -> c.replayedFrom().isPresent()).map(c -> c.endpoint().toString());
            chosen = recorded.stream().filter(c -> options.demo() && c.demo()).findFirst()
                    .or(() -> recorded.stream().filter(c -> now.isPresent() && c.endpoint().equals(now.get())).findFirst())
                    .orElse(recorded.get(0));
        }
        return Connection.replay(replaying, chosen, setup);
    }

    /**
     * Records into {@code file} from now on ({@code open} first, when there is a connection), replacing what it held;
     * naming the file it records to already changes nothing.
     */
    synchronized RecordingWriter record(Path file, Optional<Connection> open) {
        RecordingWriter now = recording;
        if (now != null && !now.stopped() && now.file().equals(file)) {
            return now;
        }
        stop();
        RecordingWriter writer = RecordingWriter.create(file, Instant.now(), KernelVersion.get(),
                beforeWriting, notices);
        recording = writer;
        clock.recordingTo(writer);
        open.ifPresent(connection -> recordConnection(writer, connection));
        return writer;
    }

    /** Stops recording and closes the file; the recording, if there was one. */
    synchronized Optional<RecordingWriter> stop() {
        RecordingWriter writer = recording;
        if (writer == null) {
            return Optional.empty();
        }
        recording = null;
        if (replay == null) {
            clock.live();
        }
        writer.close();
        return Optional.of(writer);
    }

    Optional<RecordingWriter> recording() {
        return Optional.ofNullable(recording).filter(w -> !w.stopped());
    }

    void beforeWriting(BeforeWriting step) {
        beforeWriting = step;
    }

    /** A connection the session opened: the recording says where its answers come from, and keeps its schema. */
    void opened(Connection connection) {
        RecordingWriter writer = recording;
        if (writer != null) {
            recordConnection(writer, connection);
        }
    }

    private static void recordConnection(RecordingWriter writer, Connection opened) {
        String endpoint = opened.endpoint().toString();
        writer.connection(endpoint, opened.pantherVersion(), opened.demo());
        opened.whenSchemaKnown((introspection, unavailable) -> introspection.ifPresentOrElse(
                json -> writer.schema(endpoint, json), () -> writer.schemaUnavailable(endpoint, unavailable)));
    }
}
