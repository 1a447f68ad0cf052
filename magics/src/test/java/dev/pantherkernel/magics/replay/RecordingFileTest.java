package dev.pantherkernel.magics.replay;

import dev.pantherkernel.magics.replay.RecordingWriter.BeforeWriting;
import dev.pantherkernel.magics.client.ApiRequest;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.Transport.Reply;
import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.core.PantherException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A recording written and read back: its sequences, its one copy of each body, its guarantees about the file. */
class RecordingFileTest {

    private static final String ENDPOINT = "https://api.acme.runpanther.net/public/graphql";
    private static final Instant T = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final GraphQLRequest STATE = GraphQLRequest.query("dataLakeQuery",
            "query S($id: ID!) { dataLakeQuery(id: $id) { status } }", Map.of("id", "q-1"));

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private RecordingWriter writer(Path file) {
        return RecordingWriter.create(file, T, "test", BeforeWriting.NOTHING, problems::add);
    }

    private static RecordedAnswer answer(ApiRequest request, int status, String body) {
        return new RecordedAnswer(ENDPOINT, RecordedRequest.of(request), status, body.getBytes(StandardCharsets.UTF_8), T);
    }

    private static String body(Reply reply) throws IOException {
        try (InputStream in = reply.body()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRequestAskedSeveralTimesGetsItsAnswersInTheOrderTheyCameAndTheLastOnceTheyRunOut() throws Exception {
        Path file = dir.resolve("polls.recording.jsonl.gz");
        try (RecordingWriter recording = writer(file)) {
            recording.answer(answer(STATE, 200, "{\"data\":{\"dataLakeQuery\":{\"status\":\"running\"}}}"));
            recording.answer(answer(STATE, 200, "{\"data\":{\"dataLakeQuery\":{\"status\":\"running\"}}}"));
            recording.answer(answer(STATE, 200, "{\"data\":{\"dataLakeQuery\":{\"status\":\"succeeded\"}}}"));
        }

        Replay replay = Replay.of(file);
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(body(replay.transport(ENDPOINT).send(STATE, Map.of())).replaceAll(".*\"status\":\"(\\w+)\".*", "$1"));
        }

        assertThat(statuses).containsExactly("running", "running", "succeeded", "succeeded");
    }

    @Test
    void identicalBodiesAreWrittenOnceAndTheFileIsGzipOfJsonLinesWithItsFormatVersionFirst() throws Exception {
        Path file = dir.resolve("pages.recording.jsonl.gz");
        String page = "{\"data\":{\"rows\":[" + "[1,\"a\"],".repeat(500) + "[2,\"b\"]]}}";
        try (RecordingWriter recording = writer(file)) {
            for (int i = 0; i < 5; i++) {
                recording.answer(answer(STATE.withVariable("id", "q-" + i), 200, page));
            }
        }

        String[] lines = text(file).split("\n");
        assertThat(lines[0]).contains("\"format\":\"panther-kernel-recording\"", "\"version\":1",
                "\"recordedAt\":\"2026-12-01T10:00:00.123456Z\"");
        assertThat(List.of(lines)).filteredOn(l -> l.contains("\"type\":\"body\"")).hasSize(1);
        assertThat(List.of(lines)).filteredOn(l -> l.contains("\"type\":\"answer\"")).hasSize(5);
        assertThat(Files.size(file)).isLessThan(page.length());
        AnswerStore answers = Recording.read(file).answers();
        assertThat(answers.size()).isEqualTo(5);
        assertThat(answers.bodyBytes()).isEqualTo(page.length());
    }

    @Test
    void theFileIsReadableByItsOwnerOnlyEvenWhenItReplacesAnOpenOne() throws Exception {
        Path file = dir.resolve("open.recording.jsonl.gz");
        Files.writeString(file, "an older file anyone could read");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        Path fresh = dir.resolve("fresh.recording.jsonl.gz");

        writer(file).close();
        writer(fresh).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");
        assertThat(text(file)).doesNotContain("an older file");
    }

    @Test
    void aFileWhoseWriterWasStoppedMidWayReplaysEveryAnswerWrittenBeforeAndSaysItEndsEarly() throws Exception {
        Path file = dir.resolve("killed.recording.jsonl.gz");
        RecordingWriter recording = writer(file);
        recording.answer(answer(STATE, 200, "{\"data\":{\"dataLakeQuery\":{\"status\":\"succeeded\"}}}"));
        recording.clock(T.plusSeconds(1));
        // not closed: the gzip stream has no trailer, as when the kernel is killed
        Path copy = dir.resolve("copy.recording.jsonl.gz");
        Files.copy(file, copy);
        recording.close();

        Recording read = Recording.read(copy);

        assertThat(read.endsEarly()).isTrue();
        assertThat(read.answers().size()).isEqualTo(1);
        assertThat(read.clockReads()).containsExactly(T.plusSeconds(1));
        assertThat(Recording.read(file).endsEarly()).isFalse();
    }

    @Test
    void aRequestThatWasNotRecordedIsOneLineNamingItAndSendsNothing() throws Exception {
        Path file = dir.resolve("one.recording.jsonl.gz");
        try (RecordingWriter recording = writer(file)) {
            recording.answer(answer(RestRequest.get("/rules").query("state", "enabled"), 200, "{\"results\":[]}"));
        }
        Replay replay = Replay.of(file);

        assertThatThrownBy(() -> replay.transport(ENDPOINT).send(RestRequest.get("/rules").query("state", "disabled"), Map.of()))
                .isInstanceOf(NotRecordedException.class)
                .hasMessageStartingWith("GET /rules?state=disabled was not recorded in one.recording.jsonl.gz: it was "
                        + "recorded with other values")
                .message().doesNotContain("\n");
        assertThatThrownBy(() -> replay.transport(ENDPOINT).send(STATE, Map.of()))
                .hasMessageStartingWith("dataLakeQuery (GraphQL query S($id:ID!){dataLakeQuery(id:$id){status}}) was not "
                        + "recorded");
        assertThatThrownBy(() -> replay.transport("https://api.other.runpanther.net/public/graphql")
                .send(RestRequest.get("/rules").query("state", "enabled"), Map.of()))
                .isInstanceOf(NotRecordedException.class);
    }

    @Test
    void theBeforeWritingStepSeesEveryAnswerBeforeTheFileDoes() throws Exception {
        Path file = dir.resolve("redacted.recording.jsonl.gz");
        BeforeWriting mask = a -> new RecordedAnswer(a.endpoint(), a.request(), a.status(),
                new String(a.body(), StandardCharsets.UTF_8).replace("203.0.113.9", "ip-1").getBytes(StandardCharsets.UTF_8), a.at());
        try (RecordingWriter recording = RecordingWriter.create(file, T, "test", mask, problems::add)) {
            recording.answer(answer(STATE, 200, "{\"data\":{\"ip\":\"203.0.113.9\"}}"));
        }

        assertThat(text(file)).doesNotContain("203.0.113.9").contains("ip-1");
        assertThat(body(Replay.of(file).transport(ENDPOINT).send(STATE, Map.of()))).isEqualTo("{\"data\":{\"ip\":\"ip-1\"}}");
    }

    @Test
    void theClockReadsComeBackInOrderAndThenTheLastOne() {
        Path file = dir.resolve("clock.recording.jsonl.gz");
        try (RecordingWriter recording = writer(file)) {
            recording.clock(T.plusSeconds(1));
            recording.clock(T.plusSeconds(2));
        }
        Replay replay = Replay.of(file);

        assertThat(List.of(replay.nextClockRead(), replay.nextClockRead(), replay.nextClockRead()))
                .containsExactly(T.plusSeconds(1), T.plusSeconds(2), T.plusSeconds(2));
    }

    @Test
    void aRecordingOfANewerFormatOrNoRecordingAtAllIsRefusedInOneLine() throws Exception {
        Path newer = dir.resolve("newer.recording.jsonl.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(newer))) {
            out.write("{\"format\":\"panther-kernel-recording\",\"version\":2,\"recordedAt\":\"2026-12-01T10:00:00Z\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path notes = Files.writeString(dir.resolve("notes.txt"), "{\"hello\": 1}\n");

        assertThatThrownBy(() -> Recording.read(newer)).isInstanceOf(PantherException.class)
                .hasMessageContaining("format version 2, newer than this kernel reads (1)");
        assertThatThrownBy(() -> Recording.read(notes)).hasMessageContaining("is not a recording of Panther Kernel");
        assertThatThrownBy(() -> Recording.read(dir.resolve("missing.gz"))).hasMessageStartingWith("no recording at ");
    }

    @Test
    void aGunzippedRecordingReplaysTheSame() throws Exception {
        Path file = dir.resolve("plain.recording.jsonl.gz");
        try (RecordingWriter recording = writer(file)) {
            recording.answer(answer(STATE, 200, "{\"data\":1}"));
        }
        Path plain = Files.writeString(dir.resolve("plain.jsonl"), text(file));

        assertThat(body(Replay.of(plain).transport(ENDPOINT).send(STATE, Map.of()))).isEqualTo("{\"data\":1}");
    }

    @Test
    void aBodyThatIsNotTextIsKeptByteForByte() throws Exception {
        Path file = dir.resolve("binary.recording.jsonl.gz");
        byte[] bytes = {(byte) 0xff, 0, (byte) 0xfe, 10};
        try (RecordingWriter recording = writer(file)) {
            recording.answer(new RecordedAnswer(ENDPOINT, RecordedRequest.of(STATE), 502, bytes, T));
        }

        Reply reply = Replay.of(file).transport(ENDPOINT).send(STATE, Map.of());
        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.body().readAllBytes()).isEqualTo(bytes);
    }
}
