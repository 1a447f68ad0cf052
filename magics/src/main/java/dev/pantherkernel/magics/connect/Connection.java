package dev.pantherkernel.magics.connect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.graphql.SchemaSource;
import graphql.schema.GraphQLSchema;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A checked connection to one Panther: the client, the Panther version it reported, where the settings came
 * from, and its schema (introspected on first use, then cached on disk).
 */
public final class Connection {

    static final String CHECK = "query PantherKernelConnectionCheck { generalSettings { pantherVersion } }";

    private final ConnectionSettings settings;
    private final PantherClient client;
    private final String pantherVersion;
    private final Path cacheDirectory;
    private volatile GraphQLSchema schema;
    private final Map<Class<?>, Object> companions = new ConcurrentHashMap<>();

    private Connection(ConnectionSettings settings, PantherClient client, String pantherVersion, Path cacheDirectory) {
        this.settings = settings;
        this.client = client;
        this.pantherVersion = pantherVersion;
        this.cacheDirectory = cacheDirectory;
    }

    /** Connects and checks the connection with {@code generalSettings { pantherVersion }}. */
    public static Connection open(ConnectionSettings settings, ClientOptions options, Path cacheDirectory) {
        PantherClient client = new PantherClient(settings.endpoint(), settings.token(), options);
        JsonNode data = client.execute(GraphQLRequest.query("generalSettings", CHECK, Map.of()));
        String version = data.path("generalSettings").path("pantherVersion").asText("unknown");
        return new Connection(settings, client, version, cacheDirectory);
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

    public GraphQLSchema schema() {
        GraphQLSchema known = schema;
        if (known == null) {
            synchronized (this) {
                if (schema == null) {
                    schema = SchemaSource.load(client, pantherVersion, cacheDirectory);
                }
                known = schema;
            }
        }
        return known;
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
