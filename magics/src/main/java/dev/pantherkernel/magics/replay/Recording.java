package dev.pantherkernel.magics.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.core.PantherException;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            return parse(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            throw new PantherException("no recording at " + file.toAbsolutePath() + ": record one with `%panther record "
                    + file.getFileName() + "` in a session connected to Panther");
        } catch (IOException e) {
            throw new PantherException("cannot read the recording " + file + ": " + e.getMessage(), e);
        }
    }

    private static Recording parse(Path file, BufferedReader lines) throws IOException {
        Instant recordedAt = null;
        List<RecordedConnection> connections = new ArrayList<>();
        Map<String, RecordedSchema> schemas = new HashMap<>();
        AnswerStore answers = new AnswerStore();
        List<Instant> clock = new ArrayList<>();
        boolean endsEarly = false;
        int number = 0;
        while (true) {
            String text;
            try {
                text = lines.readLine();
            } catch (EOFException cutOff) {
                endsEarly = true;
                break;
            }
            if (text == null) {
                break;
            }
            number++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode line;
            try {
                line = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                if (lines.readLine() == null) {
                    endsEarly = true; // the last line, cut off mid-way
                    break;
                }
                throw bad(file, number, "not JSON");
            }
            try {
                if (number == 1) {
                    recordedAt = header(file, line);
                    continue;
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
        }
        if (recordedAt == null) {
            throw new PantherException(file + " is empty: no recording in it");
        }
        return new Recording(file, recordedAt, connections, schemas, answers, clock, endsEarly);
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
}
