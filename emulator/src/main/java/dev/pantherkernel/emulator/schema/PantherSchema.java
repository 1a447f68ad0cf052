package dev.pantherkernel.emulator.schema;

import dev.pantherkernel.emulator.auth.ApiToken;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.auth.User;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Our SDL plus the fetchers of every {@link SchemaPart}, executable by graphql-java. */
public final class PantherSchema {
    /** Where the SDL lives on the class path. */
    public static final String SDL_RESOURCE = "/dev/pantherkernel/emulator/schema/panther.graphqls";

    private final GraphQL graphQL;
    private final Map<String, Optional<Permission>> requiredPermissions;

    /** @param introspection how much introspection the API answers */
    public PantherSchema(List<SchemaPart> parts, IntrospectionMode introspection) {
        this(parts, introspection, typeDefinitions());
    }

    /**
     * @param introspection   how much introspection the API answers
     * @param typeDefinitions our SDL, parsed ({@link #typeDefinitions()}): a start parses it while it loads the data
     */
    public PantherSchema(List<SchemaPart> parts, IntrospectionMode introspection, TypeDefinitionRegistry typeDefinitions) {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        Scalars.all().forEach(wiring::scalar);
        wiring.type("Actor", t -> t.typeResolver(byClass(Map.of(ApiToken.class, "APIToken", User.class, "User"))));
        RootFields root = new RootFields(wiring);
        parts.forEach(part -> part.wire(root));
        wiring.fieldVisibility(introspection.visibility());
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(typeDefinitions, wiring.build());
        this.graphQL = GraphQL.newGraphQL(schema)
                .defaultDataFetcherExceptionHandler(new ApiExceptionHandler())
                .preparsedDocumentProvider(new DocumentCache())
                .build();
        this.requiredPermissions = root.requiredPermissions();
    }

    public static TypeDefinitionRegistry typeDefinitions() {
        try (InputStream in = PantherSchema.class.getResourceAsStream(SDL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + SDL_RESOURCE);
            }
            return new SchemaParser().parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resolver for unions whose members are told apart by their Java class. */
    public static TypeResolver byClass(Map<Class<?>, String> typeNames) {
        return env -> {
            Object value = env.getObject();
            String name = typeNames.entrySet().stream()
                    .filter(e -> e.getKey().isInstance(value))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no GraphQL type for " + value.getClass()));
            return env.getSchema().getObjectType(name);
        };
    }

    public GraphQL graphQL() {
        return graphQL;
    }

    public Map<String, Optional<Permission>> requiredPermissions() {
        return requiredPermissions;
    }
}
