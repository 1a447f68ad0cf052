package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.schema.IntrospectionMode;
import graphql.introspection.IntrospectionQuery;
import graphql.introspection.IntrospectionQueryBuilder;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Introspection as the emulator is told to answer it: all of it, only the June 2018 spec, or none. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntrospectionModesTest {
    /** The June 2018 spec's introspection: none of the options added since. */
    private static final String JUNE_2018 = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions()
            .isOneOf(false).specifiedByUrl(false).directiveIsRepeatable(false).schemaDescription(false)
            .inputValueDeprecation(false));

    private PantherEmulator full;
    private PantherEmulator legacy;
    private PantherEmulator off;

    @BeforeAll
    void start() {
        full = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01).build());
        legacy = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01).introspection(IntrospectionMode.LEGACY).build());
        off = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01).introspection(IntrospectionMode.OFF).build());
    }

    @AfterAll
    void stop() {
        full.close();
        legacy.close();
        off.close();
    }

    private static ApiClient api(PantherEmulator emulator) {
        return new ApiClient(emulator.url(), emulator.token());
    }

    private static List<String> fieldsOf(ApiClient api, String type) {
        List<String> names = new ArrayList<>();
        api.data("query($t: String!) { __type(name: $t) { fields { name } } }", "t", type)
                .path("__type").path("fields").forEach(f -> names.add(f.path("name").asText()));
        return names;
    }

    @Test
    void fullIntrospectionAnswersGraphqlJavasDefaultQueryWithIsOneOf() {
        ApiClient api = api(full);

        JsonNode schema = api.data(IntrospectionQuery.INTROSPECTION_QUERY).path("__schema");

        assertThat(schema.path("queryType").path("name").asText()).isEqualTo("Query");
        assertThat(fieldsOf(api, "__Type")).contains("isOneOf", "specifiedByURL");
    }

    @Test
    void legacyIntrospectionRefusesFieldsNewerThanJune2018AndAnswersTheRest() {
        ApiClient api = api(legacy);

        ApiClient.Answer refused = api.query(IntrospectionQuery.INTROSPECTION_QUERY);
        JsonNode answered = api.data(JUNE_2018).path("__schema");

        assertThat(String.join("\n", refused.errors().findValuesAsText("message"))).contains("'isOneOf'", "'isRepeatable'");
        assertThat(refused.errors().path(0).path("extensions").path("code").asText()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(answered.path("types").findValuesAsText("name")).contains("Alert", "AlertsInput", "Severity");
        assertThat(fieldsOf(api, "__Type")).contains("kind", "name", "fields", "inputFields")
                .doesNotContain("isOneOf", "specifiedByURL");
        assertThat(fieldsOf(api, "__Directive")).doesNotContain("isRepeatable");
        assertThat(fieldsOf(api, "__InputValue")).contains("defaultValue").doesNotContain("isDeprecated");
    }

    @Test
    void withIntrospectionOffSchemaAndTypeAreRefusedButTypenameAndQueriesWork() {
        ApiClient api = api(off);

        assertThat(api.query(JUNE_2018).firstError()).contains("__schema");
        assertThat(api.query("{ __type(name: \"Alert\") { name } }").firstError()).contains("__type");
        assertThat(api.data("{ __typename generalSettings { pantherVersion } }").path("__typename").asText())
                .isEqualTo("Query");
    }

    @Test
    void onlyAServerWithFullIntrospectionHandsItsSchemaToAClientInTheSameJvm() {
        GraphQLSchema handed = full.introspectableSchema().orElseThrow();

        Set<String> introspected = new HashSet<>();
        api(full).data(IntrospectionQuery.INTROSPECTION_QUERY).path("__schema").path("types")
                .forEach(type -> introspected.add(type.path("name").asText()));

        assertThat(handed.getAllTypesAsList().stream().map(GraphQLNamedType::getName).collect(Collectors.toSet()))
                .isEqualTo(introspected);
        assertThat(legacy.introspectableSchema()).isEmpty();
        assertThat(off.introspectableSchema()).isEmpty();
    }
}
