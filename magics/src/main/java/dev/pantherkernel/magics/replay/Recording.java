package dev.pantherkernel.magics.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A recording read back: its header, the connections the recorded session opened, the schema of each endpoint, every
 * answer (in an {@link AnswerStore}) and the session clock's reads in order. A file whose writer was stopped half way
 * is read up to its last whole line, and says so ({@link #endsEarly()}). A plain (gunzipped) file reads the same.
 */
@Internal
public final class Recording {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Instant recordedAt;
    private final List<RecordedConnection> connections;
    private final Map<String, RecordedSchema> schemas;
    private final AnswerStore answers;
    private final List<Instant> clockReads;
    private final boolean endsEarly;

    private Recording(Path file, Instant recordedAt, List<RecordedConnection> connections,
                      Map<String, RecordedSchema> schemas, AnswerStore answers, List<Instant> clockReads,
                      boolean endsEarly) {
        this.file = file;
        this.recordedAt = recordedAt;
        this.connections = List.copyOf(connections);
        this.schemas = Map.copyOf(schemas);
        this.answers = answers;
        this.clockReads = List.copyOf(clockReads);
        this.endsEarly = endsEarly;
    }

    /** A schema as recorded: introspection's answer, or why the endpoint gave none. */
    public record RecordedSchema(byte[] introspection, String unavailable) {
    }

    public static Recording read(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            Reader reader = new Reader(file);
            boolean cut = reader.readLines(gzip ? new GZIPInputStream(raw) : raw);
            return reader.recording(cut);
        } catch (NoSuchFileException e) {
            throw new PantherException("no recording at " + file.toAbsolutePath() + ": record one with `%panther record "
                    + file.getFileName() + "` in a session connected to Panther");
        } catch (IOException e) {
            throw new PantherException("cannot read the recording " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the lines of one file into what a recording holds. */
    private static final class Reader {
        private final Path file;
        private final List<RecordedConnection> connections = new ArrayList<>();
        private final Map<String, RecordedSchema> schemas = new HashMap<>();
        private final AnswerStore answers = new AnswerStore();
        private final List<Instant> clock = new ArrayList<>();
        private Instant recordedAt;
        private int number;

        Reader(Path file) {
            this.file = file;
        }

        /**
         * Reads line after line as the stream gives them, in blocks of bytes rather than through a character reader
         * (which asks for more before handing on what it decoded, and would lose the last lines to a cut); returns
         * whether the stream was cut off (its writer never closed it). A last line cut off part way is left out.
         */
        boolean readLines(InputStream in) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] block = new byte[65536];
            try {
                for (int n; (n = in.read(block)) >= 0; ) {
                    int start = 0;
                    for (int i = 0; i < n; i++) {
                        if (block[i] == '\n') {
                            line.write(block, start, i - start);
                            line(line.toString(StandardCharsets.UTF_8), false);
                            line.reset();
                            start = i + 1;
                        }
                    }
                    line.write(block, start, n - start);
                }
            } catch (EOFException cutOff) {
                return true;
            }
            return !line(line.toString(StandardCharsets.UTF_8), true);
        }

        /** Takes one line in; false when it is the last and was cut off part way. */
        private boolean line(String text, boolean last) {
            number++;
            if (text.isBlank()) {
                return true;
            }
            JsonNode line;
            try {
                line = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                if (last) {
                    return false;
                }
                throw bad(file, number, "not JSON");
            }
            try {
                if (recordedAt == null) {
                    recordedAt = header(file, line);
                    return true;
                }
                switch (line.path(RecordingFormat.TYPE).asText()) {
                    case RecordingFormat.CONNECTION -> connections.add(new RecordedConnection(line.path("endpoint").asText(),
                            line.path("pantherVersion").asText("unknown"), line.path("demo").asBoolean(false)));
                    case RecordingFormat.BODY -> answers.body(line.path("hash").asText(), RecordingFormat.body(line));
                    case RecordingFormat.ANSWER -> answers.add(line.path("endpoint").asText(),
                            RecordedRequest.read(line.path("request")), line.path("status").asInt(),
                            line.path("body").asText());
                    case RecordingFormat.CLOCK -> clock.add(Instant.parse(line.path("at").asText()));
                    case RecordingFormat.SCHEMA -> schemas.put(line.path("endpoint").asText(), line.has("unavailable")
                            ? new RecordedSchema(null, line.get("unavailable").asText())
                            : new RecordedSchema(answers.bodyOf(line.path("body").asText()).orElseThrow(() ->
                                    new IllegalArgumentException("it names a body no line before holds")), null));
                    default -> {
                        // a line of a kind this kernel does not know (a later minor addition): not needed to replay
                    }
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw bad(file, number, e.getMessage());
            }
            return true;
        }

        Recording recording(boolean endsEarly) {
            if (recordedAt == null) {
                throw new PantherException(file + " is empty: no recording in it");
            }
            return new Recording(file, recordedAt, connections, schemas, answers, clock, endsEarly);
        }
    }

    private static Instant header(Path file, JsonNode line) {
        if (!RecordingFormat.FORMAT.equals(line.path("format").asText())) {
            throw new PantherException(file + " is not a recording of Panther Kernel (it has no "
                    + RecordingFormat.FORMAT + " header)");
        }
        int version = line.path("version").asInt();
        if (version > RecordingFormat.VERSION) {
            throw new PantherException(file + " is a recording of format version " + version + ", newer than this kernel "
                    + "reads (" + RecordingFormat.VERSION + "): update the kernel to replay it");
        }
        return Instant.parse(line.path("recordedAt").asText());
    }

    private static PantherException bad(Path file, int line, String why) {
        return new PantherException(file + " line " + line + " is not a recording line: " + why);
    }

    public Path file() {
        return file;
    }

    /** When the recording started. */
    public Instant recordedAt() {
        return recordedAt;
    }

    /** The connections the recorded session opened, in order. */
    public List<RecordedConnection> connections() {
        return connections;
    }

    /** The schema of {@code endpoint}, when the recorded session needed it. */
    public Optional<RecordedSchema> schema(String endpoint) {
        return Optional.ofNullable(schemas.get(endpoint));
    }

    public AnswerStore answers() {
        return answers;
    }

    /** The session clock's reads, in the order they were made. */
    public List<Instant> clockReads() {
        return clockReads;
    }

    /** The writer stopped before closing the file (the kernel was stopped): the rest was read. */
    public boolean endsEarly() {
        return endsEarly;
    }

    /** A connection a recorded session opened: where, which Panther answered there, and whether it was the built-in demo. */
    public record RecordedConnection(String endpoint, String pantherVersion, boolean demo) {
    }
}
