package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Log sources: one per log table, agreeing with the data lake; the VPC flow source went quiet in the story. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogSourcesTest {
    private static final String SOURCES = """
            { sources(input: {}) { edges { node { __typename integrationId integrationLabel integrationType isEditable isHealthy
              createdAtTime createdBy { ... on User { email } } lastEventReceivedAtTime lastEventProcessedAtTime lastModified logTypes
              ... on S3LogIntegration { awsAccountId s3Bucket s3Prefix kmsKey logProcessingRole logStreamType stackName
                managedBucketNotifications s3PrefixLogTypes { prefix logTypes excludedPrefixes } } } }
              pageInfo { hasNextPage hasPreviousPage } } }""";
    private static final String CREATE = """
            mutation($label: String!, $types: [String!]!, $account: String!) { createS3Source(input: {label: $label,
              awsAccountId: $account, s3Bucket: "acme-audit", logProcessingRole: "arn:aws:iam::123456789012:role/Reader",
              logStreamType: JSON, managedBucketNotifications: false, kmsKey: "arn:aws:kms:us-east-1:123456789012:key/k",
              s3PrefixLogTypes: [{prefix: "audit/", logTypes: $types, excludedPrefixes: ["audit/tmp/"]}]})
              { logSource { integrationId integrationLabel integrationType isHealthy lastEventReceivedAtTime logTypes s3Bucket kmsKey
                createdBy { ... on APIToken { name } } } } }""";

    private final Instant anchor = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private PantherEmulator emulator;
    private ApiClient api;
    private DataLakeClient lake;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.05).anchor(anchor).build());
        api = new ApiClient(emulator.url(), emulator.token());
        lake = new DataLakeClient(api);
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private Map<String, JsonNode> sourcesByLabel() {
        JsonNode sources = api.data(SOURCES).path("sources");
        assertThat(sources.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
        List<JsonNode> nodes = new ArrayList<>();
        sources.path("edges").forEach(e -> nodes.add(e.path("node")));
        return nodes.stream().collect(Collectors.toMap(n -> n.path("integrationLabel").asText(), Function.identity()));
    }

    @Test
    void eachLogTableHasASourceWhoseIdLabelLogTypeAndNewestEventAreThoseOfItsRows() {
        List<JsonNode> tables = lake.run("""
                SELECT p_source_id AS id, p_source_label AS label, p_log_type AS log_type, max(p_event_time) AS newest,
                       max(p_parse_time) AS processed
                FROM (SELECT p_source_id, p_source_label, p_log_type, p_event_time, p_parse_time FROM aws_cloudtrail
                      UNION ALL SELECT p_source_id, p_source_label, p_log_type, p_event_time, p_parse_time FROM okta_systemlog
                      UNION ALL SELECT p_source_id, p_source_label, p_log_type, p_event_time, p_parse_time FROM aws_vpcflow)
                GROUP BY ALL""");
        Map<String, JsonNode> sources = sourcesByLabel();
        assertThat(sources.keySet()).containsExactlyInAnyOrder("AWS CloudTrail Organization", "Okta Production", "VPC Flow Logs prod",
                "CrowdStrike FDR", "CrowdStrike FDR (legacy)");
        assertThat(tables).hasSize(3);
        for (JsonNode table : tables) {
            JsonNode source = sources.get(table.path("label").asText());
            assertThat(source.path("integrationId").asText()).isEqualTo(table.path("id").asText());
            assertThat(source.path("logTypes").get(0).asText()).isEqualTo(table.path("log_type").asText());
            assertThat(instant(source.path("lastEventReceivedAtTime").asText())).isEqualTo(lakeTime(table.path("newest").asText()));
            assertThat(instant(source.path("lastEventProcessedAtTime").asText())).isEqualTo(lakeTime(table.path("processed").asText()));
            assertThat(source.path("createdBy").path("email").asText()).isEqualTo("morgan.blake@example.com");
        }
    }

    @Test
    void theVpcFlowSourceWentQuietWhenTheBackdoorUserDeletedTheFlowLogsAndIsUnhealthy() {
        Map<String, JsonNode> sources = sourcesByLabel();
        JsonNode vpc = sources.get("VPC Flow Logs prod");
        Instant deleted = lakeTime(lake.run("SELECT eventTime FROM aws_cloudtrail WHERE eventName = 'DeleteFlowLogs' "
                + "AND userIdentity:userName::string = 'svc-backup-admin' AND sourceIPAddress = '203.0.113.9'").get(0)
                .path("eventTime").asText());
        Instant lastFlow = instant(vpc.path("lastEventReceivedAtTime").asText());

        assertThat(vpc.path("isHealthy").asBoolean()).isFalse();
        assertThat(lastFlow).isBefore(deleted).isAfter(deleted.minus(Duration.ofHours(1)));
        assertThat(Duration.between(lastFlow, anchor)).isGreaterThan(Duration.ofHours(48)).isLessThan(Duration.ofHours(56));
        assertThat(sources.get("AWS CloudTrail Organization").path("isHealthy").asBoolean()).isTrue();
        assertThat(sources.get("Okta Production").path("isHealthy").asBoolean()).isTrue();
        JsonNode alerts = api.data("{ alerts(input: {type: SYSTEM_ERROR, detectionId: null, createdAtAfter: \"" + anchor.minus(Duration.ofDays(4))
                + "\", createdAtBefore: \"" + anchor + "\", statuses: [OPEN]}) { edges { node { title createdAt } } } }");
        assertThat(alerts.findValuesAsText("title")).contains("Log source VPC Flow Logs prod sent no data");
    }

    @Test
    void oktaIsAnHttpSourceAndTheOthersReadTheProductionLogBucket() {
        Map<String, JsonNode> sources = sourcesByLabel();
        JsonNode okta = sources.get("Okta Production");
        assertThat(okta.path("__typename").asText()).isEqualTo("HttpLogIntegration");
        assertThat(okta.path("integrationType").asText()).isEqualTo("http-ingest");
        assertThat(okta.has("s3Bucket")).isFalse();
        JsonNode trail = sources.get("AWS CloudTrail Organization");
        assertThat(trail.path("__typename").asText()).isEqualTo("S3LogIntegration");
        assertThat(trail.path("integrationType").asText()).isEqualTo("aws-s3");
        assertThat(trail.path("awsAccountId").asText()).isEqualTo("123456789012");
        assertThat(trail.path("s3Bucket").asText()).isEqualTo("acme-logs");
        assertThat(trail.path("s3Prefix").asText()).isEqualTo("cloudtrail/AWSLogs/");
        assertThat(trail.path("s3PrefixLogTypes").path(0).path("logTypes").get(0).asText()).isEqualTo("AWS.CloudTrail");
        assertThat(trail.path("logProcessingRole").asText()).startsWith("arn:aws:iam::123456789012:role/");
        assertThat(sources.get("VPC Flow Logs prod").path("logStreamType").asText()).isEqualTo("Lines");
    }

    @Test
    void anS3SourceCanBeCreatedChangedAndDeletedAndHasNoEventsYet() {
        JsonNode created = api.data(CREATE, "label", "Audit trail copy", "types", List.of("AWS.CloudTrail"), "account", "123456789012")
                .path("createS3Source").path("logSource");
        String id = created.path("integrationId").asText();
        assertThat(created.path("integrationType").asText()).isEqualTo("aws-s3");
        assertThat(created.path("lastEventReceivedAtTime").isNull()).isTrue();
        assertThat(created.path("isHealthy").asBoolean()).isTrue();
        assertThat(created.path("createdBy").path("name").asText()).isEqualTo(PantherEmulator.DEMO_TOKEN_NAME);
        assertThat(sourcesByLabel()).containsKey("Audit trail copy");

        JsonNode updated = api.data("""
                mutation($id: String!) { updateS3Source(input: {id: $id, label: "Audit trail", kmsKey: "", logStreamType: Lines,
                  logProcessingRole: "arn:aws:iam::123456789012:role/Reader2", managedBucketNotifications: true,
                  s3PrefixLogTypes: [{prefix: "", logTypes: ["AWS.CloudTrail", "Custom.AdminAppAudit"], excludedPrefixes: []}]})
                  { logSource { integrationLabel s3Bucket kmsKey logTypes logStreamType } } }""", "id", id)
                .path("updateS3Source").path("logSource");
        assertThat(updated.path("integrationLabel").asText()).isEqualTo("Audit trail");
        assertThat(updated.path("s3Bucket").asText()).isEqualTo("acme-audit");
        assertThat(updated.path("kmsKey").isNull()).isTrue();
        assertThat(updated.path("logTypes").toString()).isEqualTo("[\"AWS.CloudTrail\",\"Custom.AdminAppAudit\"]");

        assertThat(api.data("mutation($id: ID!) { deleteSource(input: {id: $id}) { id } }", "id", id).path("deleteSource")
                .path("id").asText()).isEqualTo(id);
        assertThat(api.data("query($id: ID!) { source(id: $id) { integrationId } }", "id", id).path("source").isNull()).isTrue();
        assertThat(api.query("mutation($id: ID!) { deleteSource(input: {id: $id}) { id } }", "id", id).firstError()).contains("not found");
    }

    @Test
    void aSourceIsRefusedForAnUnknownLogTypeABadAccountOrATakenLabelAndAnHttpSourceIsNotAnS3One() {
        assertThat(api.query(CREATE, "label", "x", "types", List.of("Nginx.Access"), "account", "123456789012").firstError())
                .contains("log type Nginx.Access has no schema");
        assertThat(api.query(CREATE, "label", "x", "types", List.of("AWS.CloudTrail"), "account", "1234").firstError())
                .contains("awsAccountId must be 12 digits");
        assertThat(api.query(CREATE, "label", "okta production", "types", List.of("AWS.CloudTrail"), "account", "123456789012").firstError())
                .contains("already exists");
        String okta = sourcesByLabel().get("Okta Production").path("integrationId").asText();
        assertThat(api.query("""
                mutation($id: String!) { updateS3Source(input: {id: $id, label: "Okta", kmsKey: "", logStreamType: JSON,
                  logProcessingRole: "r", managedBucketNotifications: true, s3PrefixLogTypes: []}) { logSource { integrationId } } }""",
                "id", okta).firstError()).contains("is not an S3 source");
    }

    private static Instant instant(String dateTime) {
        return Instant.parse(dateTime);
    }

    /** A data lake timestamp ({@code 2024-05-01 13:45:00.000}, UTC) to the instant, at the API's millisecond precision. */
    private static Instant lakeTime(String text) {
        return Instant.parse(text.replace(' ', 'T') + "Z").truncatedTo(ChronoUnit.MILLIS);
    }
}
