package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.client.Endpoint;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.graphql.SchemaSource;
import dev.pantherkernel.magics.memory.HeapWatch;
import graphql.schema.GraphQLSchema;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A checked connection to one Panther: the client, the Panther version it reported, where the settings came
 * from, and its schema (introspected on first use, then cached on disk; or none, when the server refuses
 * introspection or is too slow to give it); and the session's {@link HeapWatch}, which every fetch into memory over
 * it heeds.
 */
public final class Connection {

    static final String CHECK = "query PantherKernelConnectionCheck { generalSettings { pantherVersion } }";

    private final ConnectionSettings settings;
    private final PantherClient client;
    private final String pantherVersion;
    private final ConnectionSchema schema;
    private final HeapWatch heap;
    private final Map<Class<?>, Object> companions = new ConcurrentHashMap<>();

    private Connection(ConnectionSettings settings, PantherClient client, String pantherVersion, Path cacheDirectory,
                       ClientOptions options, Consumer<String> notices, HeapWatch heap) {
        this.settings = settings;
        this.heap = heap;
        this.client = client;
        this.pantherVersion = pantherVersion;
        // the demo's address changes with every start: a schema cached under it would never be read again
        Path schemaCache = settings.demo() ? null : cacheDirectory;
        this.schema = new ConnectionSchema(() -> SchemaSource.load(client, pantherVersion, schemaCache),
                options.introspectionTimeout(), notices, settings.endpoint().uri().getHost());
    }

    /**
     * Connects and checks the connection with {@code generalSettings { pantherVersion }}.
     *
     * @param notices where to say what the user should know once (that the server gives no schema, say)
     * @param heap    when fetches into memory must stop (the session's watch)
     */
    public static Connection open(ConnectionSettings settings, ClientOptions options, Path cacheDirectory,
                                  Consumer<String> notices, HeapWatch heap) {
        PantherClient client = new PantherClient(settings.endpoint(), settings.token(), options);
        JsonNode data = client.execute(GraphQLRequest.query("generalSettings", CHECK, Map.of()));
        String version = data.path("generalSettings").path("pantherVersion").asText("unknown");
        return new Connection(settings, client, version, cacheDirectory, options, notices, heap);
    }

    /** When fetches into memory stop: the heap running low after a collection. */
    public HeapWatch heap() {
        return heap;
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

    /**
     * The API schema, introspected on first use (with a time limit); empty when this Panther refuses introspection,
     * has it switched off or does not answer in time. The first time it is found missing, the notices say so.
     */
    public Optional<GraphQLSchema> schema() {
        return schema.get();
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
        return "Connection[" + settings.endpoint() + ", Panther " + pantherVersion + (demo() ? ", demo" : "") + "]";
    }
}
