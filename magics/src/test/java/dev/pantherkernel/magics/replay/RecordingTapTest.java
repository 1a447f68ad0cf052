package dev.pantherkernel.magics.replay;

import dev.pantherkernel.magics.replay.RecordingWriter.BeforeWriting;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.Transport.Reply;
import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.client.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recording step around a transport: what it writes of the answers the client reads. */
class RecordingTapTest {

    private static final String ENDPOINT = "https://api.acme.runpanther.net/public/graphql";
    private static final String KEY = "pk_live_0123456789abcdefghijklmnop";
    private static final GraphQLRequest USERS = GraphQLRequest.query("users", "{ users { email } }", Map.of());

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private static Transport answering(int status, InputStream body) {
        return (request, headers) -> new Reply(status, Map.of("Set-Cookie", List.of("session=s3cr3t")), body);
    }

    private static InputStream text(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    private String recorded(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private RecordingWriter writer(Path file) {
        return RecordingWriter.create(file, Instant.EPOCH, "test", BeforeWriting.NOTHING, problems::add);
    }

    @Test
    void aBodyThatEchoesTheKeyOrAPieceOfItIsWrittenWithItMaskedAndNoHeaderIsWritten() throws Exception {
        Path file = dir.resolve("echo.recording.jsonl.gz");
        try (RecordingWriter writer = writer(file)) {
            Transport tap = new RecordingTap(answering(401, text("{\"message\":\"key ending " + KEY.substring(20)
                    + " is unknown\"}")), ENDPOINT, () -> writer, Clock.systemUTC());
            try (InputStream body = tap.send(USERS, Map.of("X-API-Key", KEY)).body()) {
                assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).contains(KEY.substring(20));
            }
            Transport ok = new RecordingTap(answering(200, text("{\"data\":{\"echo\":\"" + KEY + "\"}}")), ENDPOINT,
                    () -> writer, Clock.systemUTC());
            ok.send(USERS, Map.of("X-API-Key", KEY)).body().close();
        }

        String text = recorded(file);
        assertThat(text).contains("[redacted]").doesNotContain(KEY).doesNotContain(KEY.substring(20))
                .doesNotContain("s3cr3t").doesNotContain("Set-Cookie").doesNotContain("X-API-Key");
    }

    @Test
    void anAnswerThatHandsOutANewKeyIsWrittenWithTheKeysValueMasked() throws Exception {
        Path file = dir.resolve("rotate.recording.jsonl.gz");
        GraphQLRequest rotate = GraphQLRequest.mutation("rotateAPIToken",
                "mutation { rotateAPIToken { token { id name value } } }", Map.of());
        try (RecordingWriter writer = writer(file)) {
            new RecordingTap(answering(200, text("{\"data\":{\"rotateAPIToken\":{\"token\":{\"id\":\"t-1\",\"name\":\"ci\","
                    + "\"value\":\"pk_new_9f8e7d6c5b4a\"}}}}")), ENDPOINT, () -> writer, Clock.systemUTC())
                    .send(rotate, Map.of("X-API-Key", KEY)).body().close();
            new RecordingTap(answering(201, text("{\"id\":\"t-2\",\"value\":\"pk_made_1a2b3c4d5e\"}")), ENDPOINT,
                    () -> writer, Clock.systemUTC())
                    .send(RestRequest.post("/api-tokens").body(Map.of("name", "x")),
                            Map.of("X-API-Key", KEY)).body().close();
        }

        assertThat(recorded(file)).doesNotContain("pk_new_9f8e7d6c5b4a").doesNotContain("pk_made_1a2b3c4d5e")
                .contains("\\\"name\\\":\\\"ci\\\"");
    }

    @Test
    void aBodyTheClientStoppedReadingEarlyIsRecordedWhole() throws Exception {
        Path file = dir.resolve("early.recording.jsonl.gz");
        String body = "{\"data\":{\"users\":[]}}      \n";
        try (RecordingWriter writer = writer(file)) {
            Transport tap = new RecordingTap(answering(200, text(body)), ENDPOINT, () -> writer, Clock.systemUTC());
            try (InputStream in = tap.send(USERS, Map.of()).body()) {
                assertThat(in.read(new byte[5])).isEqualTo(5);
            }
        }

        assertThat(new String(Replay.of(file).transport(ENDPOINT).send(USERS, Map.of()).body().readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @Test
    void anAnswerCutOffInTransitIsNotRecordedAndTheOneAskedAfterIs() throws Exception {
        Path file = dir.resolve("cut.recording.jsonl.gz");
        InputStream cut = new InputStream() {
            private int given;

            @Override
            public int read() throws IOException {
                if (given++ < 3) {
                    return '{';
                }
                throw new IOException("connection reset");
            }
        };
        try (RecordingWriter writer = writer(file)) {
            InputStream first = new RecordingTap(answering(200, cut), ENDPOINT, () -> writer, Clock.systemUTC())
                    .send(USERS, Map.of()).body();
            assertThatThrownBy(first::readAllBytes).hasMessage("connection reset");
            first.close();
            new RecordingTap(answering(200, text("{\"data\":1}")), ENDPOINT, () -> writer, Clock.systemUTC())
                    .send(USERS, Map.of()).body().close();
            assertThat(writer.answers()).isEqualTo(1);
        }

        assertThat(new String(Replay.of(file).transport(ENDPOINT).send(USERS, Map.of()).body().readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo("{\"data\":1}");
    }

    @Test
    void nothingIsRecordedWhileTheSessionDoesNotRecord() throws Exception {
        Reply reply = new RecordingTap(answering(200, text("{}")), ENDPOINT, () -> null, Clock.systemUTC())
                .send(USERS, Map.of());

        assertThat(reply.body().readAllBytes()).isEqualTo("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(problems).isEmpty();
    }
}
