package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.schema.PantherSchema;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The RBAC matrix: every operation, with and without the permission it needs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTest {
    /** One operation, chosen so that running it changes nothing (unknown ids, a taken name). */
    record Operation(String field, Permission permission, String document) {
        @Override
        public String toString() {
            return field + " needs " + permission;
        }
    }

    private static final String WINDOW = "fromDate: \"2024-01-01T00:00:00Z\", toDate: \"2024-01-02T00:00:00Z\"";

    static Stream<Operation> operations() {
        return Stream.of(
                new Operation("alerts", Permission.AlertRead, "{ alerts(input: {detectionId: \"none\"}) { edges { node { id } } } }"),
                new Operation("alert", Permission.AlertRead, "{ alert(id: \"none\") { id } }"),
                new Operation("updateAlertStatusById", Permission.AlertModify,
                        "mutation { updateAlertStatusById(input: {ids: [\"none\"], status: OPEN}) { alerts { id } } }"),
                new Operation("updateAlertsAssigneeById", Permission.AlertModify,
                        "mutation { updateAlertsAssigneeById(input: {ids: [\"none\"]}) { alerts { id } } }"),
                new Operation("updateAlertsAssigneeByEmail", Permission.AlertModify,
                        "mutation { updateAlertsAssigneeByEmail(input: {ids: [\"none\"]}) { alerts { id } } }"),
                new Operation("createAlertComment", Permission.AlertModify,
                        "mutation { createAlertComment(input: {alertId: \"none\", body: \"x\"}) { comment { id } } }"),
                new Operation("users", Permission.UserRead, "{ users { id } }"),
                new Operation("userById", Permission.UserRead, "{ userById(id: \"none\") { id } }"),
                new Operation("userByEmail", Permission.UserRead, "{ userByEmail(email: \"none@example.com\") { id } }"),
                new Operation("roles", Permission.UserRead, "{ roles { id } }"),
                new Operation("roleById", Permission.UserRead, "{ roleById(id: \"none\") { id } }"),
                new Operation("roleByName", Permission.UserRead, "{ roleByName(name: \"none\") { id } }"),
                new Operation("inviteUser", Permission.UserModify, "mutation { inviteUser(input: {email: \"new@example.com\", "
                        + "givenName: \"N\", familyName: \"N\", role: {kind: ID, value: \"none\"}}) { user { id } } }"),
                new Operation("updateUser", Permission.UserModify, "mutation { updateUser(input: {id: \"none\"}) { user { id } } }"),
                new Operation("deleteUser", Permission.UserModify, "mutation { deleteUser(input: {id: \"none\"}) { id } }"),
                new Operation("createRole", Permission.UserModify,
                        "mutation { createRole(input: {name: \"admin\", permissions: []}) { role { id } } }"),
                new Operation("updateRole", Permission.UserModify, "mutation { updateRole(input: {id: \"none\"}) { role { id } } }"),
                new Operation("deleteRole", Permission.UserModify, "mutation { deleteRole(input: {id: \"none\"}) { id } }"),
                new Operation("metrics", Permission.SummaryRead, "{ metrics(input: {" + WINDOW + "}) { totalAlerts } }"),
                new Operation("dataLakeDatabases", Permission.DataAnalyticsRead, "{ dataLakeDatabases { name } }"),
                new Operation("dataLakeDatabase", Permission.DataAnalyticsRead, "{ dataLakeDatabase(name: \"panther_logs\") { name } }"),
                new Operation("dataLakeDatabaseTables", Permission.DataAnalyticsRead,
                        "{ dataLakeDatabaseTables(input: {databaseName: \"panther_logs\"}) { edges { node { name } } } }"),
                new Operation("dataLakeDatabaseTable", Permission.DataAnalyticsRead,
                        "{ dataLakeDatabaseTable(input: {databaseName: \"panther_logs\", tableName: \"aws_vpcflow\"}) { name } }"),
                new Operation("executeDataLakeQuery", Permission.DataAnalyticsRead,
                        "mutation { executeDataLakeQuery(input: {sql: \"SELECT 1\"}) { id } }"),
                new Operation("executeIndicatorSearchQuery", Permission.DataAnalyticsRead,
                        "mutation { executeIndicatorSearchQuery(input: {indicators: [\"192.0.2.1\"], " + WINDOW.replace("fromDate", "startTime")
                                .replace("toDate", "endTime") + "}) { id } }"),
                new Operation("cancelDataLakeQuery", Permission.DataAnalyticsRead,
                        "mutation { cancelDataLakeQuery(input: {id: \"none\"}) { id } }"),
                new Operation("dataLakeQuery", Permission.DataAnalyticsRead, "{ dataLakeQuery(id: \"none\") { id } }"),
                new Operation("dataLakeQueries", Permission.DataAnalyticsRead, "{ dataLakeQueries { edges { node { id } } } }"),
                new Operation("uploadDetectionEntities", Permission.BulkUpload,
                        "mutation { uploadDetectionEntities(input: {data: \"bm90IGEgemlw\"}) { rules { total } } }"),
                new Operation("uploadDetectionEntitiesAsync", Permission.BulkUpload,
                        "mutation { uploadDetectionEntitiesAsync(input: {data: \"!\"}) { receiptId } }"),
                new Operation("detectionEntitiesUploadStatus", Permission.BulkUpload,
                        "{ detectionEntitiesUploadStatus(receiptId: \"none\") { status } }"),
                new Operation("deleteDetections", Permission.RuleModify,
                        "mutation { deleteDetections(input: {ids: [\"none\"]}) { ids } }"),
                new Operation("deleteSavedQueriesByName", Permission.DataAnalyticsModify,
                        "mutation { deleteSavedQueriesByName(input: {names: [\"none\"]}) { names } }"),
                new Operation("sources", Permission.LogSourceRead, "{ sources { edges { node { integrationId } } } }"),
                new Operation("source", Permission.LogSourceRead, "{ source(id: \"none\") { integrationId } }"),
                new Operation("schemas", Permission.LogSourceRead, "{ schemas(input: {}) { edges { node { name } } } }"),
                new Operation("createS3Source", Permission.LogSourceModify, "mutation { createS3Source(input: {label: \"Okta Production\", "
                        + "awsAccountId: \"123456789012\", s3Bucket: \"b\", logProcessingRole: \"r\", logStreamType: Auto, "
                        + "managedBucketNotifications: true, s3PrefixLogTypes: []}) { logSource { integrationId } } }"),
                new Operation("updateS3Source", Permission.LogSourceModify, "mutation { updateS3Source(input: {id: \"none\", label: \"x\", "
                        + "kmsKey: \"\", logProcessingRole: \"r\", logStreamType: Auto, managedBucketNotifications: true, "
                        + "s3PrefixLogTypes: []}) { logSource { integrationId } } }"),
                new Operation("deleteSource", Permission.LogSourceModify, "mutation { deleteSource(input: {id: \"none\"}) { id } }"),
                new Operation("createOrUpdateSchema", Permission.LogSourceModify,
                        "mutation { createOrUpdateSchema(input: {name: \"AWS.CloudTrail\", spec: \"x\"}) { schema { name } } }"),
                new Operation("updateSchemaStatus", Permission.LogSourceModify,
                        "mutation { updateSchemaStatus(input: {name: \"none\", isArchived: true}) { error { code } } }"),
                new Operation("cloudAccounts", Permission.CloudsecSourceRead, "{ cloudAccounts { edges { node { id } } } }"),
                new Operation("cloudAccount", Permission.CloudsecSourceRead, "{ cloudAccount(id: \"none\") { id } }"),
                new Operation("createCloudAccount", Permission.CloudsecSourceModify, "mutation { createCloudAccount(input: {awsAccountId: "
                        + "\"123456789012\", label: \"x\", awsScanConfig: {auditRole: \"r\"}}) { cloudAccount { id } } }"),
                new Operation("updateCloudAccount", Permission.CloudsecSourceModify, "mutation { updateCloudAccount(input: {id: \"none\", "
                        + "label: \"x\", awsScanConfig: {auditRole: \"r\"}}) { cloudAccount { id } } }"),
                new Operation("deleteCloudAccount", Permission.CloudsecSourceModify,
                        "mutation { deleteCloudAccount(input: {id: \"none\"}) { id } }"),
                new Operation("aiSummarizeAlert", Permission.RunPantherAI,
                        "mutation { aiSummarizeAlert(input: {alertId: \"none\"}) { streamId } }"),
                new Operation("aiSummarizeLogEvents", Permission.RunPantherAI,
                        "mutation { aiSummarizeLogEvents(input: {events: [\"not json\"]}) { streamId } }"),
                new Operation("aiInferenceStream", Permission.RunPantherAI, "{ aiInferenceStream(streamId: \"none\") { finished } }"),
                new Operation("cachedAISummaryData", Permission.RunPantherAI,
                        "{ cachedAISummaryData(input: {events: [\"none\"]}) { streamId } }"),
                new Operation("executeAlertActorQuery", Permission.DataAnalyticsRead,
                        "mutation { executeAlertActorQuery(input: {alertId: \"none\"}) { id } }"),
                new Operation("actorProfileInfo", Permission.DataAnalyticsRead, "{ actorProfileInfo(id: \"none\") { entityId } }"));
    }

    private static final Set<String> FOR_ANY_KEY = Set.of("generalSettings", "rotateAPIToken");

    private PantherEmulator emulator;
    private ApiClient api;

    @BeforeAll
    void start() {
        EmulatorOptions.Builder options = EmulatorOptions.newEmulatorOptions().scale(0.01).token("nothing", Set.of());
        for (Permission p : operations().map(Operation::permission).collect(Collectors.toSet())) {
            EnumSet<Permission> others = EnumSet.complementOf(EnumSet.of(p));
            options.token("only-" + p, p).token("all-but-" + p, others.toArray(Permission[]::new));
        }
        emulator = PantherEmulator.start(options.build());
        api = new ApiClient(emulator.url(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void withoutItsPermissionAnOperationIsDeniedWithItsPath(Operation op) {
        ApiClient.Answer answer = api.withToken(emulator.tokenFor("all-but-" + op.permission())).query(op.document());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.firstError()).isEqualTo("access denied");
        assertThat(answer.errors().path(0).path("path").path(0).asText()).isEqualTo(op.field());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void withOnlyItsPermissionAnOperationIsAllowed(Operation op) {
        ApiClient.Answer answer = api.withToken(emulator.tokenFor("only-" + op.permission())).query(op.document());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errors().findValuesAsText("message")).doesNotContain("access denied");
    }

    @Test
    void generalSettingsNeedsOnlyAValidKey() {
        assertThat(api.withToken(emulator.tokenFor("nothing")).data("{ generalSettings { pantherVersion } }")
                .path("generalSettings").path("pantherVersion").asText()).isNotEmpty();
    }

    @Test
    void theMatrixCoversEveryRootFieldTheSchemaServes() {
        Set<String> served = new HashSet<>();
        for (String type : List.of("Query", "Mutation")) {
            ((ObjectTypeDefinition) PantherSchema.typeDefinitions().getType(type).orElseThrow()).getFieldDefinitions()
                    .stream().map(FieldDefinition::getName).forEach(served::add);
        }
        Set<String> covered = operations().map(Operation::field).collect(Collectors.toSet());
        covered.addAll(FOR_ANY_KEY);
        assertThat(covered).isEqualTo(served);
    }

    @Test
    void rotatingAKeyReturnsTheNewValueOnceAndTheOldOneStopsWorking() {
        try (PantherEmulator own = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0).build())) {
            ApiClient old = new ApiClient(own.url(), own.token());
            var token = old.data("mutation { rotateAPIToken { token { id name value permissions createdBy { email } } } }")
                    .path("rotateAPIToken").path("token");
            String fresh = token.path("value").asText();
            assertThat(fresh).isNotBlank().isNotEqualTo(own.token());
            assertThat(token.path("name").asText()).isEqualTo(PantherEmulator.DEMO_TOKEN_NAME);
            assertThat(old.query("{ generalSettings { pantherVersion } }").status()).isEqualTo(401);
            ApiClient rotated = old.withToken(fresh);
            assertThat(rotated.data("{ users { id } }").path("users").size()).isPositive();
            assertThat(rotated.data("mutation { rotateAPIToken { token { value } } }").path("rotateAPIToken").path("token")
                    .path("value").asText()).isNotEqualTo(fresh);
        }
    }
}
