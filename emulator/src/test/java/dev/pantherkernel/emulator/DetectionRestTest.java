package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Detections, saved queries, data models and globals over Panther's REST API, and the same stores through GraphQL: a
 * change made through one API is what the other reads (a rule disabled over REST, uploaded or deleted over GraphQL),
 * and the listings filter the demo's content as Panther's do. Every exchange is checked against our OpenAPI text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetectionRestTest {
    private static final String UPLOAD = "mutation($d: String!) { uploadDetectionEntities(input: {data: $d}) { "
            + "rules { total new modified } queries { new modified } dataModels { new } globalHelpers { new } } }";
    private static final String UPLOAD_ASYNC = "mutation($d: String!) { uploadDetectionEntitiesAsync(input: {data: $d}) { receiptId } }";
    private static final String STATUS = "query($r: ID!) { detectionEntitiesUploadStatus(receiptId: $r) { status error "
            + "result { rules { total new modified modifiedIds } } } }";
    private static final String ORIGINS = "query($id: ID!) { alerts(input: {detectionId: $id, pageSize: 50}) { edges { node { "
            + "origin { __typename ... on Detection { id name updatedAt updatedBy { __typename ... on APIToken { id } } } "
            + "... on DeletedDetection { id } } } } } }";

    private PantherEmulator emulator;
    private ApiClient graphql;
    private RestClient rest;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.05).build());
        graphql = new ApiClient(emulator.url(), emulator.token());
        rest = new RestClient(emulator.restUrl(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private List<String> ids(String pathAndQuery) {
        List<String> out = new ArrayList<>();
        String cursor = null;
        do {
            String sep = pathAndQuery.contains("?") ? "&" : "?";
            RestClient.Exchange page = rest.get(pathAndQuery + (cursor == null ? "" : sep + "cursor=" + cursor));
            assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
            page.body().path("results").forEach(r -> out.add(r.path("id").asText()));
            cursor = page.body().has("next") ? page.body().path("next").asText() : null;
        } while (cursor != null);
        return out;
    }

    private List<JsonNode> origins(String detectionId) {
        List<JsonNode> out = new ArrayList<>();
        graphql.data(ORIGINS, "id", detectionId).path("alerts").path("edges").forEach(e -> out.add(e.path("node").path("origin")));
        return out;
    }

    @Test
    void aRuleDisabledOverRestIsDisabledInTheListingsItsAlertsShowTheChangeAndAnUploadEnablesItAgain() {
        String id = "AWS.IAM.PrivilegeChange";
        JsonNode before = origins(id).get(0);
        assertThat(before.path("__typename").asText()).isEqualTo("Detection");
        assertThat(ids("/rules?state=enabled")).contains(id);

        // as Panther's MCP server disables a detection: the whole answer back (with createdAt and the like, which the
        // description's body does not have), enabled false, without running tests
        ObjectNode rule = (ObjectNode) rest.get("/rules/" + id).body();
        assertThat(rule.path("enabled").asBoolean()).isTrue();
        rule.put("enabled", false);
        RestClient.Exchange put = rest.breakingTheRequest().put("/rules/" + id + "?run-tests-first=false", rule);
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.body().path("enabled").asBoolean()).isFalse();
        assertThat(put.body().path("createdAt").asText()).isEqualTo(rule.path("createdAt").asText());

        assertThat(ids("/rules?state=disabled")).contains(id);
        assertThat(ids("/rules?state=enabled")).doesNotContain(id);
        JsonNode after = origins(id).get(0);
        assertThat(after.path("updatedBy").path("__typename").asText()).isEqualTo("APIToken");
        assertThat(Instant.parse(after.path("updatedAt").asText())).isAfter(Instant.parse(before.path("updatedAt").asText()));

        // the same rule uploaded enabled, in the background: the upload sees it changed, and REST reads it enabled
        ContentZip zip = new ContentZip()
                .file("rules/aws/privilege.yml", """
                        AnalysisType: rule
                        RuleID: AWS.IAM.PrivilegeChange
                        DisplayName: AWS IAM Privilege Change
                        Filename: privilege.py
                        Enabled: true
                        LogTypes: [AWS.CloudTrail]
                        Severity: High
                        """)
                .file("rules/aws/privilege.py", rule.path("body").asText());
        String receipt = graphql.data(UPLOAD_ASYNC, "d", zip.base64()).path("uploadDetectionEntitiesAsync").path("receiptId").asText();
        JsonNode status = awaitUpload(receipt);
        assertThat(status.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(status.path("result").path("rules").path("modifiedIds")).extracting(JsonNode::asText).containsExactly(id);
        assertThat(rest.get("/rules/" + id).body().path("enabled").asBoolean()).isTrue();
    }

    private JsonNode awaitUpload(String receipt) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = graphql.data(STATUS, "r", receipt).path("detectionEntitiesUploadStatus");
            if (!"NOT_PROCESSED".equals(status.path("status").asText())) {
                return status;
            }
            DataLakeClient.sleep(20);
        }
        throw new AssertionError("upload " + receipt + " not processed in time");
    }

    @Test
    void aRuleUploadedOverGraphQLIsServedOverRestAsUploaded() throws IOException {
        JsonNode result = graphql.data(UPLOAD, "d", ContentZip.rule("Acme.Rest.Uploaded", "Medium", true).base64())
                .path("uploadDetectionEntities");
        assertThat(result.path("rules").path("new").asInt()).isEqualTo(1);
        RestClient.Exchange got = rest.get("/rules/Acme.Rest.Uploaded");
        assertThat(got.status()).isEqualTo(200);
        JsonNode rule = got.body();
        assertThat(rule.path("displayName").asText()).isEqualTo("Acme.Rest.Uploaded display");
        assertThat(rule.path("severity").asText()).isEqualTo("MEDIUM");
        assertThat(rule.path("logTypes")).extracting(JsonNode::asText).containsExactly("Okta.SystemLog");
        assertThat(rule.path("tags")).extracting(JsonNode::asText).containsExactly("Acme", "Okta");
        assertThat(rule.path("dedupPeriodMinutes").asInt()).isEqualTo(30);
        assertThat(rule.path("threshold").asInt()).isEqualTo(2);
        assertThat(rule.path("body").asText()).contains("def rule(event):");
        assertThat(rule.path("createdByExternal").asText()).isEqualTo("ci-pipeline");
        assertThat(rule.path("createdBy").path("type").asText()).isEqualTo("api-token");
        assertThat(rule.path("managed").asBoolean()).isFalse();
        JsonNode test = rule.path("tests").get(0);
        assertThat(test.path("name").asText()).isEqualTo("matches");
        assertThat(ApiClient.JSON.readTree(test.path("resource").asText()).path("outcome").path("result").asText())
                .as("the test event is JSON text").isEqualTo("FAILURE");
        assertThat(ids("/rules?tag=acme")).containsExactly("Acme.Rest.Uploaded");
    }

    @Test
    void aRuleDeletedOverGraphQLIsNotFoundOverRest() {
        assertThat(rest.get("/rules/Okta.MFAReset").status()).isEqualTo(200);
        graphql.data("mutation { deleteDetections(input: {ids: [\"Okta.MFAReset\"]}) { ids } }");
        RestClient.Exchange gone = rest.get("/rules/Okta.MFAReset");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.message()).isEqualTo("rule Okta.MFAReset not found");
        assertThat(rest.delete("/rules/Okta.MFAReset").status()).isEqualTo(404);
        assertThat(origins("Okta.MFAReset")).allSatisfy(o -> assertThat(o.path("__typename").asText()).isEqualTo("DeletedDetection"));
    }

    @Test
    void aRuleDeletedOverRestIsGoneForGraphQL() {
        assertThat(rest.delete("/simple-rules/Okta.UserLockedOut").status()).isEqualTo(204);
        assertThat(graphql.data("mutation { deleteDetections(input: {ids: [\"Okta.UserLockedOut\"], dryRun: true}) { ids } }")
                .path("deleteDetections").path("ids")).isEmpty();
    }

    @Test
    void theListingsShowTheDemosContentFilteredAsPanthersDo() {
        assertThat(ids("/rules?state=disabled")).containsExactly("AWS.EC2.RunInstancesNewRegion", "AWS.S3.ObjectDownloads");
        assertThat(ids("/simple-rules?state=disabled")).containsExactly("AWS.VPC.RDPInbound");
        assertThat(ids("/scheduled-rules?state=disabled")).containsExactly("AWS.IAM.UnusedAccessKeys");
        assertThat(ids("/policies?state=disabled")).containsExactly("AWS.IAM.PasswordPolicyStrength");
        assertThat(ids("/rules?severity=CRITICAL")).containsExactly("AWS.Root.Activity", "Okta.AdminRoleAssigned");
        assertThat(ids("/rules?severity=CRITICAL&severity=HIGH&log-type=Okta.SystemLog"))
                .containsExactly("Okta.AdminRoleAssigned", "Okta.BruteForceLogins");
        assertThat(ids("/simple-rules?log-type=AWS.VPCFlow")).containsExactly("AWS.VPC.InboundSSHRejected", "AWS.VPC.RDPInbound");
        assertThat(ids("/rules?name-contains=mfa")).contains("AWS.Console.LoginWithoutMFA").doesNotContain("AWS.Root.Activity");
        assertThat(ids("/scheduled-rules?scheduled-query=Okta%20Daily%20Failed%20Logins")).containsExactly("Okta.DailyFailedLogins");
        assertThat(ids("/policies?resource-type=AWS.S3.Bucket"))
                .containsExactly("AWS.S3.BucketEncryptionEnabled", "AWS.S3.BucketPolicyModified");
        assertThat(ids("/rules?tag=DEFENSE%20EVASION")).containsExactly("AWS.CloudTrail.StopLogging");
        String author = rest.get("/rules/AWS.EC2.RunInstancesNewRegion").body().path("createdBy").path("id").asText();
        assertThat(ids("/rules?created-by=" + author)).contains("AWS.EC2.RunInstancesNewRegion").doesNotContain("AWS.CloudTrail.StopLogging");
        assertThat(ids("/rules?limit=2")).as("all pages").hasSize(ids("/rules").size());
    }

    @Test
    void aPutThatCreatesAnswers201AndOneThatReplacesAnswers200() {
        Map<String, Object> body = Map.of("id", "Acme.Rest.Put", "body", "def rule(event):\n    return False\n",
                "severity", "LOW", "logTypes", List.of("AWS.CloudTrail"));
        RestClient.Exchange created = rest.put("/rules/Acme.Rest.Put", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("enabled").asBoolean()).as("enabled unless said otherwise").isTrue();
        assertThat(created.body().path("dedupPeriodMinutes").asInt()).isEqualTo(60);
        RestClient.Exchange replaced = rest.put("/rules/Acme.Rest.Put", Map.of("id", "Acme.Rest.Put", "body", "def rule(e):\n    return True\n",
                "severity", "MEDIUM"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().path("severity").asText()).isEqualTo("MEDIUM");
        assertThat(replaced.body().path("logTypes")).as("left out: kept").extracting(JsonNode::asText).containsExactly("AWS.CloudTrail");
    }

    @Test
    void anIdTakenByAnotherKindIsAConflict() {
        RestClient.Exchange post = rest.post("/rules", Map.of("id", "AWS.S3.BucketEncryptionEnabled", "body", "def rule(e):\n    return 1\n",
                "severity", "LOW"));
        assertThat(post.status()).isEqualTo(409);
        assertThat(post.message()).isEqualTo("a detection with id AWS.S3.BucketEncryptionEnabled already exists");
        RestClient.Exchange put = rest.put("/rules/AWS.S3.BucketEncryptionEnabled", Map.of("id", "AWS.S3.BucketEncryptionEnabled",
                "body", "def rule(e):\n    return 1\n", "severity", "LOW"));
        assertThat(put.status()).isEqualTo(400);
        assertThat(put.message()).isEqualTo("AWS.S3.BucketEncryptionEnabled is a policy, not a rule");
    }

    @Test
    void aBodyWhoseIdIsNotThePathsIsRefused() {
        RestClient.Exchange put = rest.put("/policies/Acme.One", Map.of("id", "Acme.Two", "body", "def policy(r):\n    return True\n",
                "severity", "LOW"));
        assertThat(put.status()).isEqualTo(400);
        assertThat(put.message()).isEqualTo("the body's id Acme.Two is not the path's Acme.One");
    }

    @Test
    void aBodyWithoutARequiredFieldIsRefusedNamingIt() {
        RestClient.Exchange post = rest.breakingTheRequest().post("/simple-rules", Map.of("id", "Acme.No.Detection", "severity", "LOW"));
        assertThat(post.status()).isEqualTo(400);
        assertThat(post.message()).isEqualTo("detection is required");
    }

    @Test
    void aScheduledRuleMustRunSavedQueries() {
        RestClient.Exchange put = rest.put("/scheduled-rules/Acme.Orphan", Map.of("id", "Acme.Orphan", "body", "def rule(e):\n    return True\n",
                "severity", "LOW", "scheduledQueries", List.of("No Such Query")));
        assertThat(put.status()).isEqualTo(400);
        assertThat(put.message()).isEqualTo("scheduledQueries names No Such Query, which is not a saved query");

        RestClient.Exchange query = rest.post("/queries", Map.of("name", "Acme Rest Query", "sql", "SELECT 1",
                "schedule", Map.of("rateMinutes", 60, "timeoutMinutes", 5)));
        assertThat(query.status()).isEqualTo(200);
        assertThat(query.body().path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(rest.post("/queries", Map.of("name", "Acme Rest Query", "sql", "SELECT 2")).status()).as("names are unique").isEqualTo(409);
        RestClient.Exchange rule = rest.put("/scheduled-rules/Acme.Orphan", Map.of("id", "Acme.Orphan", "body", "def rule(e):\n    return True\n",
                "severity", "LOW", "scheduledQueries", List.of("Acme Rest Query")));
        assertThat(rule.status()).isEqualTo(201);
        JsonNode deleted = graphql.data("mutation { deleteSavedQueriesByName(input: {names: [\"Acme Rest Query\"], includeDetections: true}) "
                + "{ names detectionIDs } }").path("deleteSavedQueriesByName");
        assertThat(deleted.path("detectionIDs")).extracting(JsonNode::asText).containsExactly("Acme.Orphan");
        assertThat(rest.get("/queries/" + query.body().path("id").asText()).status()).isEqualTo(404);
        assertThat(rest.get("/scheduled-rules/Acme.Orphan").status()).isEqualTo(404);
    }

    @Test
    void savedQueriesAreServedWithTheirScheduleAndChangedByTheirId() {
        JsonNode daily = null;
        for (String id : ids("/queries")) {
            JsonNode q = rest.get("/queries/" + id).body();
            if (q.path("name").asText().equals("Okta Daily Failed Logins")) {
                daily = q;
            }
        }
        assertThat(daily).isNotNull();
        assertThat(daily.path("schedule").path("cron").asText()).isEqualTo("0 6 * * *");
        assertThat(daily.path("sql").asText()).contains("okta_systemlog");
        String id = daily.path("id").asText();
        RestClient.Exchange changed = rest.post("/queries/" + id, Map.of("name", "Okta Daily Failed Logins",
                "sql", "SELECT 1 AS failures", "schedule", Map.of("cron", "0 7 * * *", "timeoutMinutes", 5, "disabled", true)));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("schedule").path("disabled").asBoolean()).isTrue();
        assertThat(changed.body().path("id").asText()).isEqualTo(id);
        JsonNode upload = graphql.data(UPLOAD, "d", new ContentZip().file("queries/daily.yml", """
                AnalysisType: scheduled_query
                QueryName: Okta Daily Failed Logins
                Enabled: false
                Tags: [Okta, Report]
                Query: SELECT 1 AS failures
                Schedule: {CronExpression: "0 7 * * *", TimeoutMinutes: 5}
                """).base64()).path("uploadDetectionEntities");
        assertThat(upload.path("queries").path("modified").asInt()).as("the upload finds the query as REST left it").isZero();
        assertThat(rest.post("/queries/" + id, Map.of("name", "Password Spray Sources", "sql", "SELECT 1")).status())
                .as("another query's name").isEqualTo(400);
    }

    @Test
    void dataModelsAndGlobalsUploadedOverGraphQLAreServedOverRest() {
        JsonNode result = graphql.data(UPLOAD, "d", new ContentZip()
                .file("global_helpers/acme_rest.yml", "AnalysisType: global\nGlobalID: acme_rest\nFilename: acme_rest.py\nDescription: test\n")
                .file("global_helpers/acme_rest.py", "VALUE = 1\n")
                .file("data_models/acme_rest.yml", """
                        AnalysisType: datamodel
                        DataModelID: Acme.Rest.Model
                        Enabled: true
                        LogTypes: [Custom.AcmeRest]
                        Filename: acme_rest_model.py
                        Mappings:
                          - {Name: source_ip, Path: $.ip}
                          - {Name: actor_user, Method: get_user}
                        """)
                .file("data_models/acme_rest_model.py", "def get_user(event):\n    return event.get('user')\n").base64())
                .path("uploadDetectionEntities");
        assertThat(result.path("globalHelpers").path("new").asInt()).isEqualTo(1);
        assertThat(result.path("dataModels").path("new").asInt()).isEqualTo(1);
        JsonNode global = rest.get("/globals/acme_rest").body();
        assertThat(global.path("body").asText()).isEqualTo("VALUE = 1\n");
        assertThat(ids("/globals?name-contains=ACME")).containsExactly("acme_allowlists", "acme_rest");
        JsonNode model = rest.get("/data-models/Acme.Rest.Model").body();
        assertThat(model.path("mappings").get(1).path("method").asText()).isEqualTo("get_user");
        assertThat(model.path("body").asText()).contains("def get_user");
        assertThat(ids("/data-models")).contains("Standard.AWS.CloudTrail", "Acme.Rest.Model");
    }

    @Test
    void aGlobalPutTakesNoIdAndAnswersInData() {
        RestClient.Exchange created = rest.put("/globals/acme_put", Map.of("body", "X = 1\n", "description", "made by PUT"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("data").path("id").asText()).isEqualTo("acme_put");
        RestClient.Exchange replaced = rest.put("/globals/acme_put", Map.of("body", "X = 2\n"));
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().path("data").path("body").asText()).isEqualTo("X = 2\n");
        assertThat(rest.post("/globals", Map.of("id", "acme_put", "body", "X = 3\n")).status()).isEqualTo(409);
        assertThat(rest.delete("/globals/acme_put").status()).isEqualTo(204);
        assertThat(rest.get("/globals/acme_put").status()).isEqualTo(404);
    }

    @Test
    void runningTestsOnlySavesNothing() {
        RestClient.Exchange tested = rest.post("/policies?run-tests-only=true", Map.of("id", "Acme.Tested.Only",
                "body", "def policy(r):\n    return True\n", "severity", "LOW"));
        assertThat(tested.status()).isEqualTo(204);
        assertThat(rest.get("/policies/Acme.Tested.Only").status()).isEqualTo(404);
    }

    @Test
    void complianceStatusIsRefusedAsTheEmulatorScansNoResources() {
        RestClient.Exchange answer = rest.get("/policies?compliance-status=FAIL");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).startsWith("compliance-status is not supported by the emulator");
    }
}
