package dev.pantherkernel.magics.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.client.Transport;
import dev.pantherkernel.magics.core.PantherException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a recording (see {@link RecordingFormat}) as answers arrive: each line is flushed through gzip at once, so a
 * kernel stopped half way leaves a file that replays up to its last answer. The file is readable by its owner only
 * (it holds Panther's data); a body is written once, the first time it comes, and named by its hash afterwards. Nothing
 * of a request's headers reaches it: answers come in as {@link RecordedAnswer}s, which have none. A write that fails
 * stops the recording and says so once; the answers before it stay in the file.
 */
@Internal
public final class RecordingWriter implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Instant startedAt;
    private final BeforeWriting before;
    private final Consumer<String> problems;
    private final Writer out;
    private final Set<String> bodiesWritten = new HashSet<>();
    private int answers;
    private long bodyBytes;
    private boolean closed;

    private RecordingWriter(Path file, Instant startedAt, BeforeWriting before, Consumer<String> problems, Writer out) {
        this.file = file;
        this.startedAt = startedAt;
        this.before = before;
        this.problems = problems;
        this.out = out;
    }

    /**
     * {@code inner} with a tap that copies each exchange into the recording being written, if any ({@code recording}
     * gives it, null when none): what a session sends goes through it while {@code %panther record} runs.
     */
    public static Transport tap(Transport inner, String endpoint, Supplier<RecordingWriter> recording, Clock clock) {
        return new RecordingTap(inner, endpoint, recording, clock);
    }

    /**
     * Starts a recording in {@code file}, replacing what it held.
     *
     * @param problems where to say that writing failed (once); the recording then stops
     */
    public static RecordingWriter create(Path file, Instant startedAt, String kernelVersion, BeforeWriting before,
                                         Consumer<String> problems) {
        try {
            OutputStream raw = ownerOnly(file);
            Writer out = new OutputStreamWriter(new GZIPOutputStream(raw, 8192, true), StandardCharsets.UTF_8);
            ObjectNode header = JSON.createObjectNode();
            header.put("format", RecordingFormat.FORMAT);
            header.put("version", RecordingFormat.VERSION);
            header.put("recordedAt", startedAt.toString());
            header.put("kernel", kernelVersion);
            out.write(JSON.writeValueAsString(header));
            out.write('\n');
            out.flush();
            return new RecordingWriter(file, startedAt, before, problems, out);
        } catch (NoSuchFileException e) {
            throw new PantherException("cannot record to " + file + ": its directory " + file.toAbsolutePath().getParent()
                    + " does not exist");
        } catch (IOException e) {
            throw new PantherException("cannot record to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Opens {@code file} for writing from its start, readable and writable by its owner only, before any byte is in it. */
    private static OutputStream ownerOnly(Path file) throws IOException {
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException replaced) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX modes (Windows): its own access rules apply
        }
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    public Path file() {
        return file;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** A connection the session opened: answers from {@code endpoint} follow. */
    public synchronized void connection(String endpoint, String pantherVersion, boolean demo) {
        ObjectNode line = line(RecordingFormat.CONNECTION);
        line.put("endpoint", endpoint);
        line.put("pantherVersion", pantherVersion);
        line.put("demo", demo);
        write(line);
    }

    /** The API schema of {@code endpoint}, as introspection answered it (JSON). */
    public synchronized void schema(String endpoint, byte[] introspection) {
        String hash = body(introspection);
        ObjectNode line = line(RecordingFormat.SCHEMA);
        line.put("endpoint", endpoint);
        line.put("body", hash);
        write(line);
    }

    /** That {@code endpoint} gave no schema, and why: a replay then goes without one too. */
    public synchronized void schemaUnavailable(String endpoint, String reason) {
        ObjectNode line = line(RecordingFormat.SCHEMA);
        line.put("endpoint", endpoint);
        line.put("unavailable", reason);
        write(line);
    }

    /** An answer, after the {@link BeforeWriting} step. */
    public synchronized void answer(RecordedAnswer answer) {
        if (closed) {
            return;
        }
        RecordedAnswer written = before.apply(answer);
        String hash = body(written.body());
        ObjectNode line = line(RecordingFormat.ANSWER);
        line.put("endpoint", written.endpoint());
        line.set("request", written.request().json());
        line.put("status", written.status());
        line.put("body", hash);
        line.put("at", written.at().toString());
        write(line);
        answers++;
    }

    /** A read of the session's clock, in order: a replay reads the same times in the same order. */
    public synchronized void clock(Instant read) {
        ObjectNode line = line(RecordingFormat.CLOCK);
        line.put("at", read.toString());
        write(line);
    }

    /** Answers written so far. */
    public synchronized int answers() {
        return answers;
    }

    /** Bytes of the distinct bodies written so far (before compression). */
    public synchronized long bodyBytes() {
        return bodyBytes;
    }

    public synchronized boolean stopped() {
        return closed;
    }

    /** Writes the body's line the first time it comes; returns the hash answers name it by. */
    private String body(byte[] body) {
        String hash = BodyHash.of(body);
        if (!closed && bodiesWritten.add(hash)) {
            ObjectNode line = line(RecordingFormat.BODY);
            line.put("hash", hash);
            RecordingFormat.putBody(line, body);
            write(line);
            bodyBytes += body.length;
        }
        return hash;
    }

    private static ObjectNode line(String type) {
        ObjectNode line = JSON.createObjectNode();
        line.put(RecordingFormat.TYPE, type);
        return line;
    }

    private void write(ObjectNode line) {
        if (closed) {
            return;
        }
        try {
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            closed = true;
            closeQuietly();
            problems.accept("the recording to " + file + " stopped: " + e.getMessage()
                    + "; the answers before are in it");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            problems.accept("the recording to " + file + " did not close cleanly: " + e.getMessage()
                    + "; it replays up to its last answer");
        }
    }

    private void closeQuietly() {
        try {
            out.close();
        } catch (IOException ignored) {
            // already failing: the first problem was reported
        }
    }

    /**
     * The one place an answer can be changed before a recording writes it: redaction (replacing names, addresses and
     * other values with consistent pseudonyms) plugs in here, so that nothing it would hide reaches the file. A step
     * returns the answer to write; it must keep the request as it was, or the answer would no longer be found on replay.
     */
    @FunctionalInterface
    public interface BeforeWriting {

        /** Writes every answer as it came. */
        BeforeWriting NOTHING = answer -> answer;

        RecordedAnswer apply(RecordedAnswer answer);
    }
}
