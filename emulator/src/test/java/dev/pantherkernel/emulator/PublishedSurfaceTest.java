package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.schema.PantherSchema;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole published GraphQL surface is served: every root field of Panther's published schema is in our SDL, and a
 * call of each with valid arguments against the running emulator answers with data, not null and not an error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedSurfaceTest {
    /** The root fields of Panther's published schema (shared/reference/panther-api-surface.graphql): a fact, kept as data. */
    private static final Set<String> PUBLISHED_QUERIES = Set.of("actorProfileInfo", "aiInferenceStream", "alert", "alerts",
            "cachedAISummaryData", "cloudAccount", "cloudAccounts", "dataLakeDatabase", "dataLakeDatabaseTable", "dataLakeDatabaseTables",
            "dataLakeDatabases", "dataLakeQueries", "dataLakeQuery", "detectionEntitiesUploadStatus", "generalSettings", "metrics",
            "roleById", "roleByName", "roles", "schemas", "source", "sources", "userByEmail", "userById", "users");
    private static final Set<String> PUBLISHED_MUTATIONS = Set.of("aiSummarizeAlert", "aiSummarizeLogEvents", "cancelDataLakeQuery",
            "createAlertComment", "createCloudAccount", "createOrUpdateSchema", "createRole", "createS3Source", "deleteCloudAccount",
            "deleteDetections", "deleteRole", "deleteSavedQueriesByName", "deleteSource", "deleteUser", "executeAlertActorQuery",
            "executeDataLakeQuery", "executeIndicatorSearchQuery", "inviteUser", "rotateAPIToken", "updateAlertStatusById",
            "updateAlertsAssigneeByEmail", "updateAlertsAssigneeById", "updateCloudAccount", "updateRole", "updateS3Source",
            "updateSchemaStatus", "updateUser", "uploadDetectionEntities", "uploadDetectionEntitiesAsync");
    private static final String S3_SOURCE = """
            label: $label, awsAccountId: "123456789012", s3Bucket: "acme-audit", logProcessingRole:
            "arn:aws:iam::123456789012:role/PantherLogProcessingRole-audit", logStreamType: Auto, managedBucketNotifications: true,
            s3PrefixLogTypes: [{prefix: "audit/", logTypes: ["AWS.CloudTrail"], excludedPrefixes: []}]""";
    private static final String EVENT = "{\"p_log_type\": \"AWS.CloudTrail\", \"p_event_time\": \"2026-01-02 03:04:05.000\", "
            + "\"p_any_ip_addresses\": [\"203.0.113.9\"]}";

    private PantherEmulator emulator;
    private ApiClient api;

    @BeforeAll
    void start() {
        // queries stay running for a second, so that one can be cancelled
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01).queryLatency(Duration.ofSeconds(1))
                .token("to-rotate", Permission.values()).build());
        api = new ApiClient(emulator.url(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void everyPublishedRootFieldIsInOurSchema() {
        assertThat(rootFields("Query")).isEqualTo(new TreeSet<>(PUBLISHED_QUERIES));
        assertThat(rootFields("Mutation")).isEqualTo(new TreeSet<>(PUBLISHED_MUTATIONS));
    }

    @TestFactory
    Stream<DynamicTest> everyServedRootFieldAnswersAValidCallWithData() {
        Map<String, Function<ApiClient, ApiClient.Answer>> calls = calls();
        Set<String> served = new TreeSet<>(rootFields("Query"));
        served.addAll(rootFields("Mutation"));
        assertThat(new TreeSet<>(calls.keySet())).as("root fields with a call in this test").isEqualTo(served);
        return calls.entrySet().stream().map(call -> DynamicTest.dynamicTest(call.getKey() + " answers with data", () -> {
            ApiClient.Answer answer = call.getValue().apply(api);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.errors().size()).as("errors of %s: %s", call.getKey(), answer.errors()).isZero();
            JsonNode data = answer.data().path(call.getKey());
            assertThat(data.isMissingNode() || data.isNull()).as("data of %s", call.getKey()).isFalse();
            if (data.isContainerNode()) {
                assertThat(data.isEmpty()).as("data of %s is empty", call.getKey()).isFalse();
            }
        }));
    }

    private static Set<String> rootFields(String type) {
        Set<String> names = new TreeSet<>();
        ((ObjectTypeDefinition) PantherSchema.typeDefinitions().getType(type).orElseThrow()).getFieldDefinitions().stream()
                .map(FieldDefinition::getName).forEach(names::add);
        return names;
    }

    /** For each served root field, a call with valid arguments (made from what the emulator holds). */
    private Map<String, Function<ApiClient, ApiClient.Answer>> calls() {
        String from = Instant.now().minus(30, ChronoUnit.DAYS).toString();
        String to = Instant.now().plusSeconds(60).toString();
        Map<String, Function<ApiClient, ApiClient.Answer>> calls = new LinkedHashMap<>();
        calls.put("generalSettings", a -> a.query("{ generalSettings { pantherVersion } }"));
        calls.put("alerts", a -> a.query("query($f: DateTime, $t: DateTime) { alerts(input: {createdAtAfter: $f, createdAtBefore: $t}) "
                + "{ edges { node { id } } } }", "f", from, "t", to));
        calls.put("alert", a -> a.query("query($id: ID!) { alert(id: $id) { id title } }", "id", alertId()));
        calls.put("updateAlertStatusById", a -> a.query("mutation($id: ID!) { updateAlertStatusById(input: {ids: [$id], status: TRIAGED}) "
                + "{ alerts { id status } } }", "id", alertId()));
        calls.put("updateAlertsAssigneeById", a -> a.query("mutation($id: ID!, $u: ID) { updateAlertsAssigneeById(input: {ids: [$id], "
                + "assigneeId: $u}) { alerts { id } } }", "id", alertId(), "u", userId()));
        calls.put("updateAlertsAssigneeByEmail", a -> a.query("mutation($id: ID!) { updateAlertsAssigneeByEmail(input: {ids: [$id], "
                + "assigneeEmail: \"riley.chen@example.com\"}) { alerts { id } } }", "id", alertId()));
        calls.put("createAlertComment", a -> a.query("mutation($id: ID!) { createAlertComment(input: {alertId: $id, body: \"seen\"}) "
                + "{ comment { id } } }", "id", alertId()));
        calls.put("users", a -> a.query("{ users { id } }"));
        calls.put("userById", a -> a.query("query($id: ID!) { userById(id: $id) { email } }", "id", userId()));
        calls.put("userByEmail", a -> a.query("{ userByEmail(email: \"riley.chen@example.com\") { id } }"));
        calls.put("roles", a -> a.query("{ roles { id } }"));
        calls.put("roleById", a -> a.query("query($id: ID!) { roleById(id: $id) { name } }", "id",
                a.data("{ roles { id } }").path("roles").path(0).path("id").asText()));
        calls.put("roleByName", a -> a.query("{ roleByName(name: \"Analyst\") { id } }"));
        calls.put("inviteUser", a -> a.query("mutation { inviteUser(input: {email: \"new.hire@example.com\", givenName: \"New\", "
                + "familyName: \"Hire\", role: {kind: NAME, value: \"Analyst\"}}) { user { id } } }"));
        calls.put("updateUser", a -> a.query("mutation($id: ID!) { updateUser(input: {id: $id, givenName: \"Ana Maria\"}) { user { id } } }",
                "id", userId()));
        calls.put("deleteUser", a -> a.query("mutation($id: ID!) { deleteUser(input: {id: $id}) { id } }", "id",
                a.data("mutation { inviteUser(input: {email: \"leaver@example.com\", givenName: \"L\", familyName: \"L\", "
                        + "role: {kind: NAME, value: \"Analyst\"}}) { user { id } } }").path("inviteUser").path("user").path("id").asText()));
        calls.put("createRole", a -> a.query("mutation { createRole(input: {name: \"Auditor\", permissions: [AlertRead]}) { role { id } } }"));
        calls.put("updateRole", a -> a.query("mutation($id: ID!) { updateRole(input: {id: $id, permissions: [AlertRead, UserRead]}) "
                + "{ role { id } } }", "id", newRole(a, "Updated")));
        calls.put("deleteRole", a -> a.query("mutation($id: ID!) { deleteRole(input: {id: $id}) { id } }", "id", newRole(a, "Deleted")));
        calls.put("metrics", a -> a.query("query($f: DateTime!, $t: DateTime!) { metrics(input: {fromDate: $f, toDate: $t}) "
                + "{ totalAlerts } }", "f", from, "t", to));
        calls.put("dataLakeDatabases", a -> a.query("{ dataLakeDatabases { name } }"));
        calls.put("dataLakeDatabase", a -> a.query("{ dataLakeDatabase(name: \"panther_logs\") { name } }"));
        calls.put("dataLakeDatabaseTables", a -> a.query("{ dataLakeDatabaseTables(input: {databaseName: \"panther_logs\"}) "
                + "{ edges { node { name } } } }"));
        calls.put("dataLakeDatabaseTable", a -> a.query("{ dataLakeDatabaseTable(input: {databaseName: \"panther_logs\", "
                + "tableName: \"aws_vpcflow\"}) { name } }"));
        calls.put("executeDataLakeQuery", a -> a.query("mutation { executeDataLakeQuery(input: {sql: \"SELECT 1 AS one\"}) { id } }"));
        calls.put("executeIndicatorSearchQuery", a -> a.query("mutation($f: DateTime!, $t: DateTime!) { executeIndicatorSearchQuery("
                + "input: {indicators: [\"203.0.113.9\"], startTime: $f, endTime: $t}) { id } }", "f", from, "t", to));
        calls.put("dataLakeQuery", a -> a.query("query($id: ID!) { dataLakeQuery(id: $id) { id status } }", "id", newQuery(a)));
        calls.put("dataLakeQueries", a -> a.query("{ dataLakeQueries { edges { node { id } } } }"));
        calls.put("cancelDataLakeQuery", a -> a.query("mutation($id: ID!) { cancelDataLakeQuery(input: {id: $id}) { id } }", "id",
                newQuery(a)));
        calls.put("rotateAPIToken", a -> a.withToken(emulator.tokenFor("to-rotate")).query("mutation { rotateAPIToken { token { id } } }"));

        calls.put("sources", a -> a.query("{ sources { edges { node { integrationId integrationLabel isHealthy } } } }"));
        calls.put("source", a -> a.query("query($id: ID!) { source(id: $id) { integrationLabel lastEventReceivedAtTime } }", "id",
                a.data("{ sources { edges { node { integrationId } } } }").path("sources").path("edges").path(0).path("node")
                        .path("integrationId").asText()));
        calls.put("createS3Source", a -> a.query("mutation($label: String!) { createS3Source(input: {" + S3_SOURCE + "}) "
                + "{ logSource { integrationId } } }", "label", "Audit bucket"));
        calls.put("updateS3Source", a -> a.query("mutation($id: String!) { updateS3Source(input: {id: $id, label: \"Renamed\", kmsKey: \"\", "
                + "logProcessingRole: \"arn:aws:iam::123456789012:role/Other\", logStreamType: Lines, managedBucketNotifications: false, "
                + "s3PrefixLogTypes: [{prefix: \"\", logTypes: [\"AWS.VPCFlow\"], excludedPrefixes: []}]}) { logSource { integrationLabel } } }",
                "id", newSource(a, "To update")));
        calls.put("deleteSource", a -> a.query("mutation($id: ID!) { deleteSource(input: {id: $id}) { id } }", "id",
                newSource(a, "To delete")));
        calls.put("schemas", a -> a.query("{ schemas(input: {}) { edges { node { name } } } }"));
        calls.put("createOrUpdateSchema", a -> a.query("mutation { createOrUpdateSchema(input: {name: \"Custom.Badges\", spec: "
                + "\"fields:\\n  - name: door\\n    type: string\\n\"}) { schema { name revision } } }"));
        calls.put("updateSchemaStatus", a -> a.query("mutation { updateSchemaStatus(input: {name: \"Custom.AdminAppAudit\", "
                + "isArchived: true}) { schema { isArchived } error { message } } }"));
        calls.put("cloudAccounts", a -> a.query("{ cloudAccounts { edges { node { id awsAccountId } } } }"));
        calls.put("cloudAccount", a -> a.query("query($id: ID!) { cloudAccount(id: $id) { label } }", "id", cloudAccountId(a)));
        calls.put("createCloudAccount", a -> a.query("mutation { createCloudAccount(input: {awsAccountId: \"555566667777\", label: "
                + "\"Sandbox\", awsScanConfig: {auditRole: \"arn:aws:iam::555566667777:role/PantherAuditRole\"}}) { cloudAccount { id } } }"));
        calls.put("updateCloudAccount", a -> a.query("mutation($id: String!) { updateCloudAccount(input: {id: $id, label: \"Prod\", "
                + "awsScanConfig: {auditRole: \"arn:aws:iam::123456789012:role/PantherAuditRole-us-east-1\"}}) { cloudAccount { label } } }",
                "id", cloudAccountId(a)));
        calls.put("deleteCloudAccount", a -> a.query("mutation($id: ID!) { deleteCloudAccount(input: {id: $id}) { id } }", "id",
                a.data("mutation { createCloudAccount(input: {awsAccountId: \"111122223333\", label: \"Gone\", awsScanConfig: "
                        + "{auditRole: \"arn:aws:iam::111122223333:role/R\"}}) { cloudAccount { id } } }")
                        .path("createCloudAccount").path("cloudAccount").path("id").asText()));
        calls.put("aiSummarizeAlert", a -> a.query("mutation($id: ID!) { aiSummarizeAlert(input: {alertId: $id}) { streamId } }", "id",
                alertId()));
        calls.put("aiSummarizeLogEvents", a -> a.query("mutation($e: [String!]!) { aiSummarizeLogEvents(input: {events: $e}) "
                + "{ streamId } }", "e", List.of(EVENT)));
        calls.put("aiInferenceStream", a -> a.query("query($id: String!) { aiInferenceStream(streamId: $id) { responseText finished } }",
                "id", a.data("mutation($id: ID!) { aiSummarizeAlert(input: {alertId: $id}) { streamId } }", "id", alertId())
                        .path("aiSummarizeAlert").path("streamId").asText()));
        calls.put("cachedAISummaryData", a -> {
            a.data("mutation($e: [String!]!) { aiSummarizeLogEvents(input: {events: $e, prompt: \"cached\"}) { streamId } }",
                    "e", List.of(EVENT));
            return a.query("query($e: [String!]!) { cachedAISummaryData(input: {events: $e, prompt: \"cached\"}) { streamId } }",
                    "e", List.of(EVENT));
        });
        calls.put("executeAlertActorQuery", a -> a.query("mutation($id: ID!) { executeAlertActorQuery(input: {alertId: $id}) { id } }",
                "id", alertId()));
        calls.put("uploadDetectionEntities", a -> a.query("mutation($d: String!) { uploadDetectionEntities(input: {data: $d}) "
                + "{ rules { total new modified } } }", "d", ContentZip.rule("Acme.Surface.Sync", "Low", true).base64()));
        calls.put("uploadDetectionEntitiesAsync", a -> a.query("mutation($d: String!) { uploadDetectionEntitiesAsync(input: {data: $d}) "
                + "{ receiptId } }", "d", ContentZip.rule("Acme.Surface.Async", "Low", true).base64()));
        calls.put("detectionEntitiesUploadStatus", a -> a.query("query($r: ID!) { detectionEntitiesUploadStatus(receiptId: $r) "
                + "{ status createdAt } }", "r", a.data("mutation($d: String!) { uploadDetectionEntitiesAsync(input: {data: $d}) "
                + "{ receiptId } }", "d", ContentZip.rule("Acme.Surface.Status", "Low", true).base64())
                .path("uploadDetectionEntitiesAsync").path("receiptId").asText()));
        calls.put("deleteDetections", a -> a.query("mutation { deleteDetections(input: {ids: [\"AWS.CloudTrail.StopLogging\"]}) "
                + "{ ids savedQueryNames } }"));
        calls.put("deleteSavedQueriesByName", a -> a.query("mutation { deleteSavedQueriesByName(input: {names: [\"SSH Probes By Source\"]}) "
                + "{ names detectionIDs } }"));
        calls.put("actorProfileInfo", a -> a.query("query($id: ID!) { actorProfileInfo(id: $id) { entityId emails } }", "id",
                new DataLakeClient(a).run("SELECT actor:id::string AS id FROM okta_systemlog LIMIT 1").get(0).path("id").asText()));
        return calls;
    }

    private String alertId() {
        return api.data("{ alerts(input: {detectionId: \"Okta.BruteForceLogins\"}) { edges { node { id } } } }")
                .path("alerts").path("edges").path(0).path("node").path("id").asText();
    }

    private String userId() {
        return api.data("{ userByEmail(email: \"ana.souza@example.com\") { id } }").path("userByEmail").path("id").asText();
    }

    private static String newRole(ApiClient a, String name) {
        return a.data("mutation($n: String!) { createRole(input: {name: $n, permissions: [AlertRead]}) { role { id } } }", "n", name)
                .path("createRole").path("role").path("id").asText();
    }

    private static String newQuery(ApiClient a) {
        return a.data("mutation { executeDataLakeQuery(input: {sql: \"SELECT 2 AS two\"}) { id } }").path("executeDataLakeQuery")
                .path("id").asText();
    }

    private static String newSource(ApiClient a, String label) {
        return a.data("mutation($label: String!) { createS3Source(input: {" + S3_SOURCE + "}) { logSource { integrationId } } }",
                "label", label).path("createS3Source").path("logSource").path("integrationId").asText();
    }

    private static String cloudAccountId(ApiClient a) {
        return a.data("{ cloudAccounts { edges { node { id awsAccountId } } } }").path("cloudAccounts").path("edges").findParents("id")
                .stream().filter(n -> n.path("awsAccountId").asText().equals("123456789012")).findFirst().orElseThrow().path("id").asText();
    }
}
