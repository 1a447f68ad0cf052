package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bulk operations on detection content over GraphQL, as panther_analysis_tool calls them: uploads (at once and
 * in the background), their statistics and errors, and deletes of detections and saved queries, each read back
 * through the other fields (a second upload's counts, alerts' origins, a dry-run delete).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetectionUploadTest {
    private static final String STATS = "{ total new modified deleted totalIds newIds modifiedIds deletedIds }";
    private static final String RESULT = "rules " + STATS + " policies " + STATS + " queries " + STATS + " dataModels " + STATS
            + " globalHelpers " + STATS + " lookupTables " + STATS + " correlationRules " + STATS;
    private static final String UPLOAD = "mutation($d: String!, $m: UploadDetectionEntitiesMode) { "
            + "uploadDetectionEntities(input: {data: $d, mode: $m}) { " + RESULT + " } }";
    private static final String UPLOAD_ASYNC = "mutation($d: String!, $dry: Boolean) { "
            + "uploadDetectionEntitiesAsync(input: {data: $d, dryRun: $dry, patVersion: \"0.70.0\"}) { receiptId } }";
    private static final String STATUS = "query($r: ID!) { detectionEntitiesUploadStatus(receiptId: $r) { "
            + "status error mode createdAt updatedAt result { " + RESULT + " } } }";
    private static final String DELETE = "mutation($ids: [ID!]!, $dry: Boolean, $q: Boolean) { "
            + "deleteDetections(input: {ids: $ids, dryRun: $dry, includeSavedQueries: $q}) { ids savedQueryNames } }";
    private static final String DELETE_QUERIES = "mutation($n: [String!]!, $dry: Boolean, $d: Boolean) { "
            + "deleteSavedQueriesByName(input: {names: $n, dryRun: $dry, includeDetections: $d}) { names detectionIDs } }";
    private static final String ORIGINS = "query($id: ID!) { alerts(input: {detectionId: $id, pageSize: 50}) { edges { node { "
            + "origin { __typename ... on Detection { id name description type updatedAt updatedBy { __typename } } "
            + "... on DeletedDetection { id } } } } } }";

    private PantherEmulator emulator;
    private ApiClient api;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.05).build());
        api = new ApiClient(emulator.url(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private JsonNode upload(ContentZip zip) {
        return api.data(UPLOAD, "d", zip.base64()).path("uploadDetectionEntities");
    }

    private String uploadError(String base64) {
        ApiClient.Answer answer = api.query(UPLOAD, "d", base64);
        assertThat(answer.data().path("uploadDetectionEntities").isNull()).as("no result beside the error").isTrue();
        return answer.firstError();
    }

    private List<JsonNode> origins(String detectionId) {
        List<JsonNode> out = new ArrayList<>();
        api.data(ORIGINS, "id", detectionId).path("alerts").path("edges").forEach(e -> out.add(e.path("node").path("origin")));
        return out;
    }

    @Test
    void anUploadedRuleIsNewThenTheSameThenModified() {
        JsonNode first = upload(ContentZip.rule("Acme.Upload.Twice", "High", true));
        assertThat(first.path("rules").path("total").asInt()).isEqualTo(1);
        assertThat(first.path("rules").path("new").asInt()).isEqualTo(1);
        assertThat(first.path("rules").path("newIds").get(0).asText()).isEqualTo("Acme.Upload.Twice");
        assertThat(first.path("policies").path("total").asInt()).isZero();

        JsonNode again = upload(ContentZip.rule("Acme.Upload.Twice", "High", true));
        assertThat(again.path("rules").path("total").asInt()).isEqualTo(1);
        assertThat(again.path("rules").path("new").asInt()).isZero();
        assertThat(again.path("rules").path("modified").asInt()).isZero();

        JsonNode changed = upload(ContentZip.rule("Acme.Upload.Twice", "Critical", true));
        assertThat(changed.path("rules").path("modified").asInt()).isEqualTo(1);
        assertThat(changed.path("rules").path("modifiedIds").get(0).asText()).isEqualTo("Acme.Upload.Twice");
        assertThat(changed.path("rules").path("deleted").asInt()).isZero();
    }

    @Test
    void eachKindOfContentIsCountedUnderItsOwnHeading() {
        ContentZip zip = ContentZip.rule("Acme.Kinds.Python", "Low", true)
                .file("rules/acme_rules/simple.yml", """
                        AnalysisType: rule
                        RuleID: Acme.Kinds.Simple
                        Enabled: true
                        LogTypes: [AWS.VPCFlow]
                        Severity: Info
                        Detection:
                          - Key: dstPort
                            Condition: Equals
                            Value: 23
                        AlertTitle: Telnet to {dstAddr}
                        """)
                .file("queries/acme_queries/telnet_query.yml", """
                        AnalysisType: scheduled_query
                        QueryName: Acme Kinds Telnet
                        Enabled: true
                        Query: SELECT srcAddr, COUNT(*) AS n FROM panther_logs.public.aws_vpcflow WHERE dstPort = 23 GROUP BY 1
                        Schedule:
                          RateMinutes: 60
                          TimeoutMinutes: 5
                        """)
                .file("queries/acme_queries/telnet_rule.yml", """
                        AnalysisType: scheduled_rule
                        RuleID: Acme.Kinds.Scheduled
                        Filename: telnet_rule.py
                        Enabled: true
                        ScheduledQueries: [Acme Kinds Telnet]
                        Severity: Medium
                        """)
                .file("queries/acme_queries/telnet_rule.py", "def rule(event):\n    return event.get('n', 0) > 0\n")
                .file("policies/acme_policies/bucket.yml", """
                        AnalysisType: policy
                        PolicyID: Acme.Kinds.Policy
                        Filename: bucket.py
                        Enabled: false
                        ResourceTypes: [AWS.S3.Bucket]
                        Severity: High
                        Tests:
                          - Name: versioned
                            ExpectedResult: true
                            Resource: {Versioning: Enabled}
                        """)
                .file("policies/acme_policies/bucket.py", "def policy(resource):\n    return resource.get('Versioning') == 'Enabled'\n")
                .file("global_helpers/acme_kinds.yml", "AnalysisType: global\nGlobalID: acme_kinds\nFilename: acme_kinds.py\n")
                .file("global_helpers/acme_kinds.py", "ANSWER = 42\n")
                .file("data_models/acme_kinds.yml", """
                        AnalysisType: datamodel
                        DataModelID: Acme.Kinds.Model
                        Enabled: true
                        LogTypes: [Custom.Acme]
                        Mappings:
                          - Name: source_ip
                            Path: $.ip
                        """)
                .file("lookup_tables/acme_kinds.yml", "AnalysisType: lookup_table\nLookupName: acme_kinds\nEnabled: true\n")
                .file("correlation_rules/acme_kinds.yml", "AnalysisType: correlation_rule\nRuleID: Acme.Kinds.Correlation\n"
                        + "Enabled: true\nSeverity: High\nDetection: [{Sequence: []}]\n")
                .file("packs/acme.yml", "AnalysisType: pack\nPackID: Acme.Pack\nPackDefinition: {IDs: [Acme.Kinds.Python]}\n")
                .file("README.md", "not content: only YAML files and the files they name are read\n");
        JsonNode result = upload(zip);
        assertThat(result.path("rules").path("total").asInt()).as("Python, simple and scheduled rules").isEqualTo(3);
        assertThat(result.path("policies").path("new").asInt()).isEqualTo(1);
        assertThat(result.path("queries").path("newIds").get(0).asText()).isEqualTo("Acme Kinds Telnet");
        assertThat(result.path("globalHelpers").path("new").asInt()).isEqualTo(1);
        assertThat(result.path("dataModels").path("new").asInt()).isEqualTo(1);
        assertThat(result.path("lookupTables").path("new").asInt()).isEqualTo(1);
        assertThat(result.path("correlationRules").path("new").asInt()).isEqualTo(1);
    }

    @Test
    void whatIsNotBase64IsRefusedSayingWhatDataMustBe() {
        assertThat(uploadError("this is not base64!")).startsWith("data must be the base64 text of a zip file");
    }

    @Test
    void whatIsNotAZipIsRefusedSayingSo() {
        assertThat(uploadError(Base64.getEncoder().encodeToString("plain text".getBytes())))
                .contains("not a zip file");
    }

    @Test
    void aSourceFileMissingFromTheZipIsRefusedNamingTheYamlFile() {
        ContentZip zip = new ContentZip().file("rules/x/missing.yml", """
                AnalysisType: rule
                RuleID: Acme.Missing.Source
                Filename: missing.py
                Enabled: true
                LogTypes: [Okta.SystemLog]
                Severity: Low
                """);
        assertThat(uploadError(zip.base64())).isEqualTo("rules/x/missing.yml: Filename missing.py is not in the zip beside it");
    }

    @Test
    void aMisspelledKeyIsRefusedNamingTheKey() {
        ContentZip zip = ContentZip.rule("Acme.Typo", "Low", true)
                .file("rules/acme_rules/typo.yml", "AnalysisType: rule\nRuleID: Acme.Typo2\nFilename: acme_typo.py\n"
                        + "Enabled: true\nLogTypes: [Okta.SystemLog]\nSeverty: Low\n");
        assertThat(uploadError(zip.base64())).startsWith("rules/acme_rules/typo.yml: unknown key Severty (known keys: ");
    }

    @Test
    void aBadSeverityIsRefusedListingTheSeveritiesThereAre() {
        assertThat(uploadError(ContentZip.rule("Acme.Bad.Severity", "Urgent", true).base64()))
                .isEqualTo("rules/acme_rules/acme_bad_severity.yml: Severity must be one of Info, Low, Medium, High, Critical, "
                        + "not Urgent");
    }

    @Test
    void anUploadWithOneBadPartChangesNothing() {
        ContentZip zip = ContentZip.rule("Acme.All.Or.Nothing", "Low", true)
                .file("queries/q/rule.yml", "AnalysisType: scheduled_rule\nRuleID: Acme.Orphan\nFilename: rule.py\n"
                        + "Enabled: true\nScheduledQueries: [No Such Query]\nSeverity: Low\n")
                .file("queries/q/rule.py", "def rule(event):\n    return True\n");
        assertThat(uploadError(zip.base64()))
                .isEqualTo("scheduled rule Acme.Orphan runs the query No Such Query, which is neither stored nor in the upload");
        assertThat(upload(ContentZip.rule("Acme.All.Or.Nothing", "Low", true)).path("rules").path("new").asInt())
                .as("the good rule of the refused upload was not kept").isEqualTo(1);
    }

    @Test
    void pypantherContentIsRefusedAsNotSupported() {
        ApiClient.Answer answer = api.query(UPLOAD, "d", ContentZip.rule("Acme.V2", "Low", true).base64(), "m", "V2_ZIP");
        assertThat(answer.firstError()).startsWith("mode V2_ZIP (pypanther content) is not supported by the emulator");
    }

    @Test
    void aBackgroundUploadCompletesAndItsStatusCarriesTheStatistics() {
        String receipt = api.data(UPLOAD_ASYNC, "d", ContentZip.rule("Acme.Async", "Medium", true).base64())
                .path("uploadDetectionEntitiesAsync").path("receiptId").asText();
        JsonNode status = awaitUpload(receipt);
        assertThat(status.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(status.path("error").isNull()).isTrue();
        assertThat(status.path("mode").asText()).isEqualTo("CLASSIC_ZIP");
        assertThat(status.path("result").path("rules").path("newIds").get(0).asText()).isEqualTo("Acme.Async");
        assertThat(Instant.parse(status.path("updatedAt").asText())).isAfterOrEqualTo(Instant.parse(status.path("createdAt").asText()));
        assertThat(upload(ContentZip.rule("Acme.Async", "Medium", true)).path("rules").path("new").asInt())
                .as("the background upload stored the rule").isZero();
    }

    @Test
    void aBackgroundUploadOfBrokenContentFailsWithTheReasonInItsStatus() {
        String receipt = api.data(UPLOAD_ASYNC, "d", new ContentZip().file("rules/bad.yml", "AnalysisType: rule\nRuleID: [\n").base64())
                .path("uploadDetectionEntitiesAsync").path("receiptId").asText();
        JsonNode status = awaitUpload(receipt);
        assertThat(status.path("status").asText()).isEqualTo("FAILED");
        assertThat(status.path("error").asText()).startsWith("rules/bad.yml: not valid YAML");
        assertThat(status.path("result").isNull()).isTrue();
    }

    @Test
    void aDryRunBackgroundUploadCountsWithoutChangingAnything() {
        String receipt = api.data(UPLOAD_ASYNC, "d", ContentZip.rule("Acme.Dry", "Low", true).base64(), "dry", true)
                .path("uploadDetectionEntitiesAsync").path("receiptId").asText();
        assertThat(awaitUpload(receipt).path("result").path("rules").path("new").asInt()).isEqualTo(1);
        assertThat(upload(ContentZip.rule("Acme.Dry", "Low", true)).path("rules").path("new").asInt())
                .as("still new after the dry run").isEqualTo(1);
    }

    @Test
    void anUnknownReceiptIsAnError() {
        assertThat(api.query(STATUS, "r", "no-such-receipt").firstError()).isEqualTo("upload receipt no-such-receipt not found");
    }

    private JsonNode awaitUpload(String receipt) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = api.data(STATUS, "r", receipt).path("detectionEntitiesUploadStatus");
            if (!"NOT_PROCESSED".equals(status.path("status").asText())) {
                return status;
            }
            DataLakeClient.sleep(20);
        }
        throw new AssertionError("upload " + receipt + " not processed in time");
    }

    @Test
    void deletingADetectionLeavesItsAlertsOnlyItsId() {
        List<JsonNode> before = origins("AWS.Root.Activity");
        assertThat(before).isNotEmpty().allSatisfy(o -> assertThat(o.path("__typename").asText()).isEqualTo("Detection"));

        JsonNode dry = api.data(DELETE, "ids", List.of("AWS.Root.Activity", "No.Such.Detection"), "dry", true).path("deleteDetections");
        assertThat(dry.path("ids")).extracting(JsonNode::asText).containsExactly("AWS.Root.Activity");
        assertThat(origins("AWS.Root.Activity")).allSatisfy(o -> assertThat(o.path("__typename").asText()).isEqualTo("Detection"));

        JsonNode done = api.data(DELETE, "ids", List.of("AWS.Root.Activity")).path("deleteDetections");
        assertThat(done.path("ids")).extracting(JsonNode::asText).containsExactly("AWS.Root.Activity");
        assertThat(done.path("savedQueryNames").isNull()).isTrue();
        assertThat(origins("AWS.Root.Activity")).hasSameSizeAs(before).allSatisfy(o -> {
            assertThat(o.path("__typename").asText()).isEqualTo("DeletedDetection");
            assertThat(o.path("id").asText()).isEqualTo("AWS.Root.Activity");
        });
        assertThat(api.data(DELETE, "ids", List.of("AWS.Root.Activity"), "dry", true).path("deleteDetections").path("ids"))
                .as("gone").isEmpty();
    }

    @Test
    void uploadingADeletedDetectionAgainGivesItsAlertsTheirDetectionBack() {
        assertThat(origins("Okta.ImpossibleTravel")).isNotEmpty()
                .allSatisfy(o -> assertThat(o.path("__typename").asText()).isEqualTo("DeletedDetection"));
        upload(ContentZip.rule("Okta.ImpossibleTravel", "Medium", true));
        assertThat(origins("Okta.ImpossibleTravel")).allSatisfy(o -> {
            assertThat(o.path("__typename").asText()).isEqualTo("Detection");
            assertThat(o.path("name").asText()).isEqualTo("Okta.ImpossibleTravel display");
            assertThat(o.path("updatedBy").path("__typename").asText()).isEqualTo("APIToken");
        });
    }

    @Test
    void aDetectionChangedByAnUploadShowsSoInTheOriginOfItsAlerts() {
        JsonNode before = origins("Okta.AdminRoleAssigned").get(0);
        assertThat(before.path("name").asText()).isEqualTo("Okta Admin Role Assigned");
        assertThat(before.path("type").asText()).isEqualTo("RULE");
        JsonNode result = upload(ContentZip.rule("Okta.AdminRoleAssigned", "Critical", true));
        assertThat(result.path("rules").path("modifiedIds")).extracting(JsonNode::asText).containsExactly("Okta.AdminRoleAssigned");
        JsonNode after = origins("Okta.AdminRoleAssigned").get(0);
        assertThat(after.path("name").asText()).isEqualTo("Okta.AdminRoleAssigned display");
        assertThat(after.path("description").asText()).isEqualTo("Uploaded in a test");
        assertThat(Instant.parse(after.path("updatedAt").asText())).isAfter(Instant.parse(before.path("updatedAt").asText()));
    }

    @Test
    void aDetectionUploadedAsAnotherKindIsRefused() {
        ContentZip zip = new ContentZip()
                .file("policies/p/root.yml", "AnalysisType: policy\nPolicyID: AWS.Console.LoginWithoutMFA\nFilename: root.py\n"
                        + "Enabled: true\nSeverity: Low\n")
                .file("policies/p/root.py", "def policy(resource):\n    return True\n");
        assertThat(uploadError(zip.base64())).isEqualTo("AWS.Console.LoginWithoutMFA is stored as a rule and uploaded as a policy: "
                + "delete the rule first");
    }

    @Test
    void deletingAScheduledRuleWithItsSavedQueriesTakesTheQueryAlong() {
        JsonNode done = api.data(DELETE, "ids", List.of("AWS.VPC.LargeOutboundTransfers"), "q", true).path("deleteDetections");
        assertThat(done.path("ids")).extracting(JsonNode::asText).containsExactly("AWS.VPC.LargeOutboundTransfers");
        assertThat(done.path("savedQueryNames")).extracting(JsonNode::asText).containsExactly("VPC Large Outbound Transfers");
        assertThat(api.data(DELETE_QUERIES, "n", List.of("VPC Large Outbound Transfers"), "dry", true)
                .path("deleteSavedQueriesByName").path("names")).as("the query is gone too").isEmpty();
    }

    @Test
    void deletingASavedQueryWithItsDetectionsTakesTheScheduledRuleAlong() {
        JsonNode dry = api.data(DELETE_QUERIES, "n", List.of("AWS New Access Keys", "No Such Query"), "dry", true, "d", true)
                .path("deleteSavedQueriesByName");
        assertThat(dry.path("names")).extracting(JsonNode::asText).containsExactly("AWS New Access Keys");
        assertThat(dry.path("detectionIDs")).extracting(JsonNode::asText).containsExactly("AWS.IAM.UnusedAccessKeys");

        JsonNode done = api.data(DELETE_QUERIES, "n", List.of("AWS New Access Keys"), "d", true).path("deleteSavedQueriesByName");
        assertThat(done.path("detectionIDs")).extracting(JsonNode::asText).containsExactly("AWS.IAM.UnusedAccessKeys");
        assertThat(api.data(DELETE, "ids", List.of("AWS.IAM.UnusedAccessKeys"), "dry", true).path("deleteDetections").path("ids"))
                .as("the scheduled rule is gone too").isEmpty();
    }

    @Test
    void moreThanAHundredIdsAtOnceAreRefused() {
        List<String> ids = IntStream.range(0, 101).mapToObj(i -> "Id." + i).toList();
        assertThat(api.query(DELETE, "ids", ids).firstError()).isEqualTo("ids holds 101 values; send at most 100 at a time");
    }
}
