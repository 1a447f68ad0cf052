package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Log-type schemas: the managed ones of the lake's tables, one custom one, and the rules for writing and archiving. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogSchemasTest {
    private static final String SCHEMAS = "query($in: SchemasInput!) { schemas(input: $in) { edges { node { name description spec "
            + "discoveredSpec version revision isArchived isManaged isFieldDiscoveryEnabled referenceURL createdAt updatedAt } } "
            + "pageInfo { hasNextPage endCursor } } }";
    private static final String WRITE = "mutation($name: String!, $spec: String!, $rev: Int) { createOrUpdateSchema(input: "
            + "{name: $name, spec: $spec, revision: $rev, description: \"Badge readers\"}) { schema { name revision version spec "
            + "isManaged createdAt updatedAt } } }";
    private static final String SPEC = "schema: Custom.Badges\nfields:\n  - name: time\n    type: timestamp\n    timeFormats: [rfc3339]\n"
            + "    isEventTime: true\n  - name: door\n    type: string\n";

    private PantherEmulator emulator;
    private ApiClient api;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01).build());
        api = new ApiClient(emulator.url(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private List<JsonNode> schemas(Object input) {
        return api.data(SCHEMAS, "in", input).path("schemas").path("edges").findValues("node");
    }

    @Test
    void theManagedSchemasAreTheLakesLogTypesWithTheFieldsOfTheirTables() throws Exception {
        List<JsonNode> managed = schemas(Map.of("isManaged", true));
        assertThat(managed).extracting(n -> n.path("name").asText()).containsExactlyInAnyOrder("AWS.CloudTrail", "Okta.SystemLog",
                "AWS.VPCFlow", "Crowdstrike.FDREvent", "Crowdstrike.AIDMaster");
        JsonNode trail = managed.stream().filter(n -> n.path("name").asText().equals("AWS.CloudTrail")).findFirst().orElseThrow();
        JsonNode spec = new YAMLMapper().readTree(trail.path("spec").asText());
        List<String> specFields = spec.path("fields").findValuesAsText("name");
        List<String> columns = api.data("{ dataLakeDatabaseTable(input: {databaseName: \"panther_logs\", tableName: \"aws_cloudtrail\"}) "
                + "{ columns { name } } }").path("dataLakeDatabaseTable").path("columns").findValuesAsText("name");
        assertThat(specFields).isNotEmpty().allMatch(columns::contains);
        assertThat(columns.stream().filter(c -> !c.startsWith("p_")).toList()).containsExactlyElementsOf(specFields);
        JsonNode eventTime = spec.path("fields").findParents("isEventTime").get(0);
        assertThat(eventTime.path("name").asText()).isEqualTo("eventTime");
        assertThat(eventTime.path("type").asText()).isEqualTo("timestamp");
        assertThat(trail.path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{9}Z");
        assertThat(schemas(Map.of("isInUse", true))).hasSize(5);
    }

    @Test
    void containsLooksInNamesAndInFieldNames() {
        assertThat(schemas(Map.of("contains", "vpcflow"))).extracting(n -> n.path("name").asText()).containsExactly("AWS.VPCFlow");
        assertThat(schemas(Map.of("contains", "sourceIPAddress"))).extracting(n -> n.path("name").asText())
                .containsExactly("AWS.CloudTrail");
        JsonNode custom = schemas(Map.of("isManaged", false)).get(0);
        assertThat(custom.path("name").asText()).isEqualTo("Custom.AdminAppAudit");
        assertThat(custom.path("isFieldDiscoveryEnabled").asBoolean()).isTrue();
        assertThat(custom.path("discoveredSpec").asText()).contains("userAgent");
    }

    @Test
    void aCustomSchemaIsCreatedThenChangedOnlyAtTheRevisionItWasReadAt() {
        JsonNode created = api.data(WRITE, "name", "Custom.Badges", "spec", SPEC, "rev", 0).path("createOrUpdateSchema").path("schema");
        assertThat(created.path("revision").asInt()).isEqualTo(1);
        assertThat(created.path("isManaged").asBoolean()).isFalse();
        String changedSpec = SPEC + "  - name: badge\n    type: string\n";
        assertThat(api.query(WRITE, "name", "Custom.Badges", "spec", changedSpec, "rev", 0).firstError()).contains("at revision 1");
        JsonNode changed = api.data(WRITE, "name", "Custom.Badges", "spec", changedSpec, "rev", 1).path("createOrUpdateSchema")
                .path("schema");
        assertThat(changed.path("revision").asInt()).isEqualTo(2);
        assertThat(changed.path("version").asInt()).isEqualTo(2);
        assertThat(changed.path("createdAt").asText()).isEqualTo(created.path("createdAt").asText());
        assertThat(schemas(Map.of("contains", "badge"))).extracting(n -> n.path("spec").asText()).containsExactly(changedSpec);
    }

    @Test
    void aBadSpecOrAManagedNameIsRefusedWithWhatIsWrong() {
        assertThat(api.query(WRITE, "name", "AWS.CloudTrail", "spec", SPEC, "rev", 0).firstError()).contains("starts with Custom.");
        assertThat(api.query(WRITE, "name", "Custom.X", "spec", "fields: [", "rev", 0).firstError()).contains("is not YAML");
        assertThat(api.query(WRITE, "name", "Custom.X", "spec", "fields:\n  - name: a\n    type: text\n", "rev", 0).firstError())
                .contains("fields.a has type 'text'");
        assertThat(api.query(WRITE, "name", "Custom.X", "spec", "fields:\n  - name: t\n    type: timestamp\n", "rev", 0).firstError())
                .contains("without timeFormats");
        assertThat(api.query(WRITE, "name", "Custom.X", "spec", SPEC, "rev", 0).firstError()).contains("names the schema Custom.Badges");
    }

    @Test
    void archivingSaysInItsAnswerWhyItIsRefusedAndAnArchivedSchemaCannotFeedANewSource() {
        String status = "mutation($n: String!, $a: Boolean!) { updateSchemaStatus(input: {name: $n, isArchived: $a}) "
                + "{ schema { name isArchived revision } error { code message } } }";
        JsonNode managed = api.data(status, "n", "AWS.VPCFlow", "a", true).path("updateSchemaStatus");
        assertThat(managed.path("schema").isNull()).isTrue();
        assertThat(managed.path("error").path("code").asText()).isEqualTo("InvalidInput");
        assertThat(api.data(status, "n", "Custom.Nothing", "a", true).path("updateSchemaStatus").path("error").path("code").asText())
                .isEqualTo("NotFound");
        api.data(WRITE, "name", "Custom.Old", "spec", SPEC.replace("Custom.Badges", "Custom.Old"), "rev", 0);
        JsonNode archived = api.data(status, "n", "Custom.Old", "a", true).path("updateSchemaStatus");
        assertThat(archived.path("error").isNull()).isTrue();
        assertThat(archived.path("schema").path("isArchived").asBoolean()).isTrue();
        assertThat(schemas(Map.of("isArchived", true))).extracting(n -> n.path("name").asText()).containsExactly("Custom.Old");
        assertThat(api.query("""
                mutation { createS3Source(input: {label: "old", awsAccountId: "123456789012", s3Bucket: "b",
                  logProcessingRole: "arn:aws:iam::123456789012:role/r", logStreamType: Auto, managedBucketNotifications: true,
                  s3PrefixLogTypes: [{prefix: "", logTypes: ["Custom.Old"], excludedPrefixes: []}]}) { logSource { integrationId } } }""")
                .firstError()).contains("Custom.Old has no schema");
        assertThat(api.data(status, "n", "Custom.Old", "a", false).path("updateSchemaStatus").path("schema").path("isArchived")
                .asBoolean()).isFalse();
    }
}
