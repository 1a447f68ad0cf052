package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.connect.ConnectionSettings.Origin;
import dev.pantherkernel.magics.graphql.BrowsableSchema;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.client.ApiToken;
import dev.pantherkernel.magics.client.Endpoint;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.client.Transport;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.graphql.SchemaSource;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.replay.Recording.RecordedConnection;
import dev.pantherkernel.magics.replay.Recording;
import dev.pantherkernel.magics.replay.Replay;
import graphql.schema.GraphQLSchema;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A checked connection to one Panther: the client, the Panther version it reported, where the settings came
 * from, and its schema (introspected on first use, then cached on disk; or none, when the server refuses
 * introspection or is too slow to give it); the session's {@link HeapWatch}, which every fetch into memory over
 * it heeds, and the session's clock, which every "now" of a request over it reads. A connection can also answer from a
 * recording ({@link #replay}): then nothing goes over any network and no token is needed.
 */
@PublicApi
public final class Connection {

    static final String CHECK = "query PantherKernelConnectionCheck { generalSettings { pantherVersion } }";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectionSettings settings;
    private final PantherClient client;
    private final String pantherVersion;
    private final ConnectionSchema schema;
    private final HeapWatch heap;
    private final Clock clock;
    private final String replayedFrom;
    private final Path cacheDirectory;
    private final Map<Class<?>, Object> companions = new ConcurrentHashMap<>();

    /**
     * What every connection of a session shares.
     *
     * @param notices where to say what the user should know once (that the server gives no schema, say)
     * @param heap    when fetches into memory must stop (the session's watch)
     * @param clock   the session's time, for every "now" (see the session's clock)
     */
    public record Setup(ClientOptions options, Path cacheDirectory, Consumer<String> notices, HeapWatch heap, Clock clock) {
    }

    private Connection(ConnectionSettings settings, PantherClient client, String pantherVersion, Setup setup,
                       Supplier<SchemaSource.Introspected> schema, Supplier<SchemaSource.Introspected> reloadSchema,
                       String replayedFrom) {
        this.settings = settings;
        this.heap = setup.heap();
        this.clock = setup.clock();
        this.client = client;
        this.pantherVersion = pantherVersion;
        this.replayedFrom = replayedFrom;
        this.cacheDirectory = setup.cacheDirectory();
        this.schema = new ConnectionSchema(schema, reloadSchema, setup.options().introspectionTimeout(), setup.notices(),
                settings.endpoint().uri().getHost());
    }

    /** Connects over {@code transport} and checks the connection with {@code generalSettings { pantherVersion }}. */
    public static Connection open(ConnectionSettings settings, Transport transport, Setup setup) {
        return open(settings, transport, setup, null);
    }

    /**
     * As {@link #open(ConnectionSettings, Transport, Setup)}, with the API schema the server handed over as an object
     * (the built-in demo's, in this JVM), which then stands for introspecting it; null introspects as usual.
     */
    public static Connection open(ConnectionSettings settings, Transport transport, Setup setup, GraphQLSchema handedOver) {
        PantherClient client = new PantherClient(settings.endpoint(), settings.token(), setup.options(), transport);
        JsonNode data = client.execute(GraphQLRequest.query("generalSettings", CHECK, Map.of()));
        String version = data.path("generalSettings").path("pantherVersion").asText("unknown");
        if (handedOver != null) {
            return new Connection(settings, client, version, setup, () -> SchemaSource.Introspected.handedOver(handedOver), null, null);
        }
        // the demo's address changes with every start: a schema cached under it would never be read again
        Path schemaCache = settings.demo() ? null : setup.cacheDirectory();
        return new Connection(settings, client, version, setup, () -> SchemaSource.load(client, version, schemaCache),
                () -> SchemaSource.reload(client, version, schemaCache), null);
    }

    /**
     * A connection answered by {@code replay} as {@code recorded} answered the recorded session: the same Panther
     * version and schema, every request answered from the file (retries without waiting), none sent anywhere.
     */
    public static Connection replay(Replay replay, RecordedConnection recorded, Setup setup) {
        Recording recording = replay.recording();
        Endpoint endpoint = Endpoint.parse(recorded.endpoint());
        ClientOptions options = setup.options().transform(b -> b.sleeper(wait -> { }));
        PantherClient client = new PantherClient(endpoint, ApiToken.NONE, options, replay.transport(recorded.endpoint()));
        ConnectionSettings settings = new ConnectionSettings(endpoint, ApiToken.NONE, Origin.REPLAY, null);
        String from = "replayed from " + recording.file() + ", recorded "
                + recording.recordedAt().truncatedTo(ChronoUnit.SECONDS) + " from "
                + (recorded.demo() ? "the built-in demo (" + endpoint.uri().getAuthority() + ")" : endpoint.uri().getHost());
        return new Connection(settings, client, recorded.pantherVersion(), setup, () -> recordedSchema(recording,
                recorded.endpoint()), null, from);
    }

    private static SchemaSource.Introspected recordedSchema(Recording recording, String endpoint) {
        Recording.RecordedSchema recorded = recording.schema(endpoint).orElseThrow(() -> new PantherException(
                "the recording holds no schema of this Panther (the recorded session never needed it)"));
        if (recorded.unavailable() != null) {
            throw new PantherException(recorded.unavailable());
        }
        try {
            Map<String, Object> introspection = JSON.readValue(recorded.introspection(), SchemaSource.INTROSPECTION);
            return new SchemaSource.Introspected(introspection, SchemaSource.fromIntrospection(introspection));
        } catch (IOException e) {
            throw new PantherException("the recording's schema is not JSON: " + e.getMessage(), e);
        }
    }

    /** When fetches into memory stop: the heap running low after a collection. */
    public HeapWatch heap() {
        return heap;
    }

    /** The session's time: what "now" is for every request over this connection (the recorded time on replay). */
    public Clock clock() {
        return clock;
    }

    public PantherClient client() {
        return client;
    }

    public Endpoint endpoint() {
        return settings.endpoint();
    }

    public String pantherVersion() {
        return pantherVersion;
    }

    public boolean demo() {
        return settings.demo();
    }

    public ConnectionSettings settings() {
        return settings;
    }

    /** Where the session keeps its caches (the schema, the data lake's tables); empty when it keeps none. */
    public Optional<Path> cacheDirectory() {
        return Optional.ofNullable(cacheDirectory);
    }

    /** For a connection that answers from a recording: {@code replayed from FILE, recorded T from ENDPOINT}. */
    public Optional<String> replayedFrom() {
        return Optional.ofNullable(replayedFrom);
    }

    /**
     * The API schema, introspected on first use (with a time limit); empty when this Panther refuses introspection,
     * has it switched off or does not answer in time. The first time it is found missing, the notices say so.
     */
    public Optional<GraphQLSchema> schema() {
        return schema.get();
    }

    /**
     * When the schema was read from the disk cache (made by an earlier session), asks this Panther for it again, since
     * it may have changed under the same version; whether it did. Done at most once per connection, when the kept
     * schema rejects an operation: the operation is then checked against what the server says now.
     */
    public boolean reloadCachedSchema() {
        return schema.reloadCached();
    }

    /**
     * Asks this Panther for its API schema again, whatever copy the session holds (one kept on disk may be older than
     * the server's under the same version); false when this connection cannot: the built-in demo hands its schema
     * over, and a replay has the recorded one.
     */
    public boolean reloadSchema() {
        return schema.reloadNow();
    }

    /**
     * Tells {@code listener} once the schema is known, at once when it is, and again if it is reloaded: introspection's
     * answer as JSON, or empty with the reason there is none (a recording keeps the last, so that its replay has the same).
     */
    public void whenSchemaKnown(SchemaListener listener) {
        schema.whenKnown(known -> {
            if (known.introspected() == null) {
                listener.known(Optional.empty(), known.unavailable());
                return;
            }
            try {
                listener.known(Optional.of(JSON.writeValueAsBytes(known.introspected().introspection())), null);
            } catch (IOException | RuntimeException e) {
                listener.known(Optional.empty(), "the schema could not be written as JSON: " + e.getMessage());
            }
        });
    }

    /** Hears the schema once it is known. */
    @FunctionalInterface
    public interface SchemaListener {
        /** @param introspection introspection's answer as JSON; empty when there is none, {@code unavailable} says why */
        void known(Optional<byte[]> introspection, String unavailable);
    }

    /**
     * A schema to browse and complete with: this Panther's own, or, when it gives none, the kernel's reference copy of
     * Panther's public API with the reason saying so. Never used to reject an operation.
     */
    public BrowsableSchema browsableSchema() {
        return schema().map(BrowsableSchema::own).orElseGet(() -> BrowsableSchema.reference(
                "this Panther does not answer introspection (" + schema.unavailableReason() + "): shown from the "
                        + "kernel's reference copy of Panther's public API, which may differ from this Panther's"));
    }

    /**
     * The one object of {@code type} that belongs to this connection (a cache of what this Panther holds, such as
     * the data lake catalog), made by {@code create} on first use. A new connection starts without any.
     */
    public <T> T companion(Class<T> type, Function<Connection, T> create) {
        return type.cast(companions.computeIfAbsent(type, key -> create.apply(this)));
    }

    @Override
    public String toString() {
        return "Connection[" + settings.endpoint() + ", Panther " + pantherVersion + (demo() ? ", demo" : "")
                + (replayedFrom == null ? "" : ", " + replayedFrom) + "]";
    }
}
