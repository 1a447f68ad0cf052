package dev.pantherkernel.magics.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantherkernel.magics.client.ApiRequest;
import dev.pantherkernel.magics.client.ApiToken;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.Redactor;
import dev.pantherkernel.magics.client.Transport.Reply;
import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.client.RetryableFault;
import dev.pantherkernel.magics.client.Transport;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The recording step around a connection's transport: while the session records, each answer's body is copied as the
 * client reads it, and once it was read whole (the client closes it, having read it to its end or not) the answer goes
 * to the recording with its request and status. An answer cut off in transit is not written: the client tries again
 * and that answer is. Headers never reach the recording, the API key least of all: a body that echoes the key (an
 * error page quoting it, say) is written with it masked, as the client's redactor masks it in errors; and an answer that
 * hands out a new key ({@code rotateAPIToken}, a {@code POST} under {@code /api-tokens}) is written with its
 * {@code value} masked.
 */
final class RecordingTap implements Transport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transport inner;
    private final String endpoint;
    private final Supplier<RecordingWriter> recording;
    private final Clock clock;

    /**
     * @param recording the session's recording now, or null while it does not record
     * @param clock     when answers came (the system's, not the session's: these reads are no part of the tape)
     */
    public RecordingTap(Transport inner, String endpoint, Supplier<RecordingWriter> recording, Clock clock) {
        this.inner = inner;
        this.endpoint = endpoint;
        this.recording = recording;
        this.clock = clock;
    }

    @Override
    public Reply send(ApiRequest request, Map<String, String> headers) throws RetryableFault, InterruptedException {
        RecordingWriter writer = recording.get();
        Reply reply = inner.send(request, headers);
        if (writer == null) {
            return reply;
        }
        RecordedRequest recorded = RecordedRequest.of(request);
        List<String> secrets = headers.values().stream().filter(v -> !v.isBlank()).toList();
        boolean issuesKey = issuesKey(request);
        InputStream copied = new CopiedBody(reply.body(), body -> writer.answer(new RecordedAnswer(endpoint, recorded,
                reply.status(), masked(issuesKey ? withoutKeyValues(body) : body, secrets, reply.status()),
                clock.instant())));
        return new Reply(reply.status(), reply.headers(), copied);
    }

    /** Whether the answer to {@code request} may hold a new API key's value. */
    static boolean issuesKey(ApiRequest request) {
        if (request instanceof GraphQLRequest graphql) {
            return graphql.query().contains("rotateAPIToken");
        }
        RestRequest rest = (RestRequest) request;
        return rest.method() != RestRequest.Method.GET && rest.template().startsWith("/api-tokens");
    }

    /** The body with every {@code "value"} string masked, wherever it is; a body that is not JSON, masked whole. */
    static byte[] withoutKeyValues(byte[] body) {
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree == null) {
                return body;
            }
            mask(tree);
            return JSON.writeValueAsBytes(tree);
        } catch (IOException notJson) {
            return Redactor.MASK.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("value").isTextual()) {
            object.put("value", Redactor.MASK);
        }
        node.forEach(RecordingTap::mask);
    }

    /**
     * The body without the values of the request's headers (the client passes only credentials): the whole value in any
     * body; in an error body, which is small and the likelier to quote what it refused, any 8-character piece as well.
     */
    static byte[] masked(byte[] body, List<String> secrets, int status) {
        if (secrets.isEmpty()) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String out = text;
        for (String secret : secrets) {
            out = status >= 200 && status < 300 ? out.replace(secret, Redactor.MASK)
                    : new Redactor(ApiToken.of(secret, "a header")).redact(out);
        }
        return out.equals(text) ? body : out.getBytes(StandardCharsets.UTF_8);
    }

    /** What to do with a body read whole. */
    @FunctionalInterface
    private interface WholeBody {
        void read(byte[] body);
    }

    /** A body that keeps a copy of what is read from it and hands it on when closed, if nothing went wrong. */
    private static final class CopiedBody extends FilterInputStream {

        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private final WholeBody whole;
        private boolean failed;
        private boolean closed;

        CopiedBody(InputStream in, WholeBody whole) {
            super(in);
            this.whole = whole;
        }

        @Override
        public int read() throws IOException {
            try {
                int b = super.read();
                if (b >= 0) {
                    copy.write(b);
                }
                return b;
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    copy.write(buffer, offset, n);
                }
                return n;
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.min(n, 8192)];
            int read = read(skipped, 0, skipped.length);
            return Math.max(read, 0);
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                // a reader may stop at the end of the JSON value without reading to the stream's end
                if (!failed && !Thread.currentThread().isInterrupted()) {
                    byte[] rest = new byte[8192];
                    while (read(rest, 0, rest.length) >= 0) {
                        // copied by read
                    }
                }
            } catch (IOException e) {
                failed = true;
            } finally {
                super.close();
            }
            if (!failed && !Thread.currentThread().isInterrupted()) {
                whole.read(copy.toByteArray());
            }
        }
    }
}
