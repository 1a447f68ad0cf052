package dev.pantherkernel.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pantherkernel.magics.replay.AnswerStore;
import dev.pantherkernel.magics.replay.RecordedAnswer;
import dev.pantherkernel.magics.replay.RecordedRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A results-replay server for benchmarks: a GraphQL endpoint in front of a Panther (the emulator) that passes each
 * request on the first time and keeps the answer if it stays true; the same request again is answered from memory with
 * the bytes the server sent, without asking it. A query run once through it is thereafter a query that finished at
 * once and whose pages cost next to nothing to serve: what a client then measures is the client. Requests are keyed and
 * answers kept as the kernel's own recordings keep them ({@link RecordedRequest}, {@link AnswerStore}): the operation
 * text printed compactly, the operation name and the variables, object keys in any order.
 *
 * <p>Only answers that stay true are kept: a finished query's state and results pages, the id a query text was given
 * (asked again, the same text gets the same finished query), catalog answers. Errors, and a query's state while it
 * still runs, are passed on and forgotten.
 *
 * <p>With a LATENCY (e.g. {@code 50ms}) every request waits that long before it is handled, answered from memory or
 * passed on alike, as the emulator's {@code --latency} makes each request wait: a server a network round trip away
 * whose CPU is not the client's. The upstream then runs without a latency of its own, or requests passed on would
 * wait twice.
 *
 * <pre>java -cp .. dev.pantherkernel.bench.replay.ReplayServer UPSTREAM_URL [PORT [LATENCY]]</pre>
 * prints {@code PANTHER_API_URL=http://127.0.0.1:PORT/public/graphql} (clients keep the upstream's key) and serves
 * until killed. It listens on the loopback address only.
 */
public final class ReplayServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpClient upstreamClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI upstream;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnswerStore kept = new AnswerStore();
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong passedOn = new AtomicLong();
    private final Duration latency;

    private ReplayServer(URI upstream, int port, Duration latency) throws IOException {
        this.upstream = upstream;
        this.latency = latency;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "replay-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Starts a replay server in front of {@code upstream} (a GraphQL endpoint URL); port 0 picks a free one. */
    public static ReplayServer start(String upstream, int port) throws IOException {
        return start(upstream, port, Duration.ZERO);
    }

    /** A replay server whose every request first waits {@code latency}, as the emulator's {@code --latency} does. */
    public static ReplayServer start(String upstream, int port, Duration latency) throws IOException {
        return new ReplayServer(URI.create(upstream), port, latency);
    }

    public static void main(String[] args) throws Exception {
        ReplayServer replay = start(args[0], args.length > 1 ? Integer.parseInt(args[1]) : 0,
                args.length > 2 ? duration(args[2]) : Duration.ZERO);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            replay.close();
            System.err.printf("replay server: %,d answers from memory, %,d passed on; %,d kept (%,d bytes)%n",
                    replay.replayed(), replay.passedOn(), replay.kept.size(), replay.kept.bodyBytes());
        }));
        PrintWriter out = new PrintWriter(System.out, true);
        out.println("PANTHER_API_URL=" + replay.url());
        out.println("Replaying answers of " + args[0] + (replay.latency.isZero() ? "" : ", each request "
                + replay.latency.toMillis() + " ms away,") + " until stopped.");
        Thread.currentThread().join();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + upstream.getPath();
    }

    /** Requests answered from memory. */
    public long replayed() {
        return replayed.get();
    }

    /** Requests passed on to the upstream server. */
    public long passedOn() {
        return passedOn.get();
    }

    /** {@code 50ms}, {@code 2s}, as bench/run.sh and the emulator's {@code --latency} spell them. */
    static Duration duration(String text) {
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
        }
        throw new IllegalArgumentException("a latency is written 50ms or 2s, not " + text);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            // where and how the emulator waits for --latency: first thing, on the request's own thread
            if (!latency.isZero()) {
                Thread.sleep(latency.toMillis());
            }
            byte[] request = in.readAllBytes();
            RecordedRequest key = key(request);
            Optional<AnswerStore.Answer> known = kept.answer(upstream.toString(), key, 0);
            if (known.isPresent()) {
                replayed.incrementAndGet();
                send(exchange, 200, known.get().body());
                return;
            }
            passedOn.incrementAndGet();
            HttpRequest.Builder forward = HttpRequest.newBuilder(upstream).timeout(Duration.ofMinutes(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request));
            String apiKey = exchange.getRequestHeaders().getFirst("X-API-Key");
            if (apiKey != null) {
                forward.header("X-API-Key", apiKey);
            }
            HttpResponse<byte[]> answer = upstreamClient.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() == 200 && lasts(JSON.readTree(answer.body()))) {
                kept.add(new RecordedAnswer(upstream.toString(), key, 200, answer.body(), Instant.now()));
            }
            send(exchange, answer.statusCode(), answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            send(exchange, 502, "{\"message\":\"replay server interrupted\"}".getBytes());
        } catch (IOException | RuntimeException e) {
            send(exchange, 502, ("{\"message\":\"replay server: " + e.getClass().getSimpleName() + "\"}").getBytes());
        } finally {
            exchange.close();
        }
    }

    /** The key of a GraphQL request body ({@code {"query": .., "operationName": .., "variables": ..}}). */
    static RecordedRequest key(byte[] requestBody) throws IOException {
        JsonNode request = JSON.readTree(requestBody);
        return RecordedRequest.graphql(request.path("query").asText(),
                request.path("operationName").isTextual() ? request.get("operationName").asText() : null,
                request.path("variables"));
    }

    /** No errors, and no query that is still running (its state will change). */
    private static boolean lasts(JsonNode answer) {
        if (answer.path("errors").size() > 0 || !answer.path("data").isObject()) {
            return false;
        }
        JsonNode query = answer.path("data").path("dataLakeQuery");
        return !query.path("status").asText("").equals("running") && !query.path("results").path("tryAgain").asBoolean(false);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
