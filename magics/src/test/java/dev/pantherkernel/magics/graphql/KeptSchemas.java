package dev.pantherkernel.magics.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.pantherkernel.magics.client.Endpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/** The schemas a session keeps on disk, as a test finds and changes them. */
public final class KeptSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KeptSchemas() {
    }

    /** The file a session with its caches under {@code home} keeps the schema of {@code url} at {@code version} in. */
    public static Path file(Path home, String url, String version) {
        return home.resolve(".cache/panther-kernel/schema")
                .resolve(SchemaSource.cacheKey(Endpoint.parse(url).toString(), version));
    }

    /** Introspection's answer {@code json} without the field {@code name} of the type Query, as an older Panther's. */
    public static String withoutQueryField(String json, String name) throws IOException {
        JsonNode introspection = JSON.readTree(json);
        for (JsonNode type : introspection.path("__schema").path("types")) {
            if ("Query".equals(type.path("name").asText())) {
                Iterator<JsonNode> fields = ((ArrayNode) type.get("fields")).elements();
                while (fields.hasNext()) {
                    if (name.equals(fields.next().path("name").asText())) {
                        fields.remove();
                        return JSON.writeValueAsString(introspection);
                    }
                }
            }
        }
        throw new IllegalArgumentException("no field Query." + name + " in the schema");
    }
}
