package dev.pantherkernel.magics.graphql;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.core.CacheFiles;
import dev.pantherkernel.magics.core.Internal;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.introspection.IntrospectionQueryBuilder;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Panther's schema as the client sees it: introspected once per connection (asking only for what the server
 * answers, see {@link IntrospectionProbe}) and kept on disk per endpoint and Panther version, so the next session
 * validates without asking again. A kept schema can be older than the server's under the same version (a change
 * deployed without a new version name, another server behind the same forwarded port), so a session that finds it
 * rejecting an operation {@linkplain #reload asks again} before believing it.
 */
@Internal
public final class SchemaSource {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How introspection's answer reads with Jackson: a map of maps and lists. */
    public static final TypeReference<Map<String, Object>> INTROSPECTION = new TypeReference<>() { };

    private SchemaSource() {
    }

    /**
     * A schema and the introspection answer ({@code {"__schema": ...}}) it was made of, or, for a schema handed over
     * without a request ({@link #handedOver}), the answer that schema gives, made only when someone asks for it.
     */
    public static final class Introspected {
        private final GraphQLSchema schema;
        private final boolean fromDiskCache;
        private Map<String, Object> introspection;

        public Introspected(Map<String, Object> introspection, GraphQLSchema schema) {
            this(introspection, schema, false);
        }

        private Introspected(Map<String, Object> introspection, GraphQLSchema schema, boolean fromDiskCache) {
            this.introspection = introspection;
            this.schema = schema;
            this.fromDiskCache = fromDiskCache;
        }

        /**
         * A schema the server handed over as an object, in this JVM: what introspecting it would have given, without
         * the request, its JSON and the schema built again from it.
         */
        public static Introspected handedOver(GraphQLSchema schema) {
            return new Introspected(null, schema);
        }

        public GraphQLSchema schema() {
            return schema;
        }

        /** Whether it was read from the disk cache, so may be older than the server's schema of the same version. */
        public boolean fromDiskCache() {
            return fromDiskCache;
        }

        /** Introspection's answer: the one received, or the handed-over schema's own, asked of it in this JVM. */
        public synchronized Map<String, Object> introspection() {
            if (introspection == null) {
                ExecutionResult answer = GraphQL.newGraphQL(schema).build()
                        .execute(IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()));
                if (!answer.getErrors().isEmpty()) {
                    throw new IllegalStateException("the schema did not answer introspection: " + answer.getErrors());
                }
                introspection = answer.getData();
            }
            return introspection;
        }
    }

    /**
     * The schema of this endpoint and version, from the disk cache or by introspection; {@code cacheDirectory} null
     * keeps it off the disk.
     */
    public static Introspected load(PantherClient client, String pantherVersion, Path cacheDirectory) {
        Path file = cacheFile(client, pantherVersion, cacheDirectory);
        if (file != null && Files.isRegularFile(file)) {
            try {
                Map<String, Object> cached = JSON.readValue(file.toFile(), INTROSPECTION);
                return new Introspected(cached, fromIntrospection(cached), true);
            } catch (IOException | RuntimeException stale) {
                LOG.info("ignoring the unreadable cached schema {}: {}", file, stale.getMessage());
            }
        }
        return introspect(client, file);
    }

    /**
     * The schema as the server gives it now, never the disk cache's: that file is removed first (it is known to be
     * stale, or the server may no longer answer introspection at all) and holds the new answer after.
     */
    public static Introspected reload(PantherClient client, String pantherVersion, Path cacheDirectory) {
        Path file = cacheFile(client, pantherVersion, cacheDirectory);
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.info("could not remove the stale cached schema {}: {}", file, e.getMessage());
            }
        }
        return introspect(client, file);
    }

    private static Introspected introspect(PantherClient client, Path file) {
        JsonNode data = client.execute(GraphQLRequest.query("__schema", IntrospectionProbe.schemaQuery(client), Map.of()));
        Map<String, Object> introspection = JSON.convertValue(data, INTROSPECTION);
        GraphQLSchema schema = fromIntrospection(introspection);
        if (file != null) {
            save(file, introspection);
        }
        return new Introspected(introspection, schema);
    }

    private static Path cacheFile(PantherClient client, String pantherVersion, Path cacheDirectory) {
        return cacheDirectory == null ? null
                : cacheDirectory.resolve("schema").resolve(cacheKey(client.endpoint().toString(), pantherVersion));
    }

    public static GraphQLSchema fromIntrospection(Map<String, Object> introspection) {
        Document sdl = new IntrospectionResultToSchema().createSchemaDefinition(introspection);
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().buildRegistry(sdl));
    }

    public static GraphQLSchema fromSdl(String sdl) {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    }

    private static void save(Path file, Map<String, Object> introspection) {
        try {
            CacheFiles.write(file, JSON.writeValueAsBytes(introspection));
        } catch (IOException e) {
            LOG.info("could not cache the schema in {}: {}", file, e.getMessage());
        }
    }

    static String cacheKey(String endpoint, String version) {
        String safeVersion = (version == null ? "unknown" : version).replaceAll("[^A-Za-z0-9._-]", "_");
        return CacheFiles.digest(endpoint) + "-" + safeVersion + ".json";
    }
}
