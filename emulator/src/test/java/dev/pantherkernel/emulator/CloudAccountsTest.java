package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Cloud accounts: two of the AWS accounts in CloudTrail, and the rules for adding and changing them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CloudAccountsTest {
    private static final String ACCOUNTS = "{ cloudAccounts { edges { node { id label awsAccountId awsStackName awsScanConfig { auditRole } "
            + "awsRegionIgnoreList resourceRegexIgnoreList resourceTypeIgnoreList isEditable isRealtimeScanningEnabled createdAt "
            + "createdBy { ... on User { email } } lastModifiedAt } } pageInfo { hasNextPage } } }";
    private static final String CREATE = "mutation($acct: String!, $label: String!, $role: String!) { createCloudAccount(input: "
            + "{awsAccountId: $acct, label: $label, awsScanConfig: {auditRole: $role}, awsRegionIgnoreList: [\"ap-east-1\"]}) "
            + "{ cloudAccount { id label awsAccountId awsRegionIgnoreList resourceTypeIgnoreList createdBy { ... on APIToken { name } } } } }";

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

    @Test
    void productionAndStagingAreScannedAndBothAppearInCloudTrail() {
        List<JsonNode> accounts = api.data(ACCOUNTS).path("cloudAccounts").path("edges").findValues("node");
        assertThat(accounts).extracting(a -> a.path("label").asText() + " " + a.path("awsAccountId").asText())
                .containsExactly("Production 123456789012", "Staging 210987654321");
        assertThat(accounts.get(0).path("awsScanConfig").path("auditRole").asText())
                .isEqualTo("arn:aws:iam::123456789012:role/PantherAuditRole-us-east-1");
        assertThat(accounts.get(0).path("createdBy").path("email").asText()).isEqualTo("morgan.blake@example.com");
        long inTrail = new DataLakeClient(api).count("SELECT count(DISTINCT recipientAccountId) FROM aws_cloudtrail "
                + "WHERE recipientAccountId IN ('123456789012', '210987654321')");
        assertThat(inTrail).isEqualTo(2);
        String id = accounts.get(1).path("id").asText();
        assertThat(api.data("query($id: ID!) { cloudAccount(id: $id) { label } }", "id", id).path("cloudAccount").path("label").asText())
                .isEqualTo("Staging");
        assertThat(api.data("{ cloudAccount(id: \"none\") { label } }").path("cloudAccount").isNull()).isTrue();
    }

    @Test
    void anAccountCanBeAddedChangedAndRemoved() {
        JsonNode added = api.data(CREATE, "acct", "555566667777", "label", "Sandbox", "role", "arn:aws:iam::555566667777:role/Audit")
                .path("createCloudAccount").path("cloudAccount");
        String id = added.path("id").asText();
        assertThat(added.path("createdBy").path("name").asText()).isEqualTo(PantherEmulator.DEMO_TOKEN_NAME);
        JsonNode changed = api.data("mutation($id: String!) { updateCloudAccount(input: {id: $id, label: \"Sandbox 2\", awsScanConfig: "
                + "{auditRole: \"arn:aws:iam::555566667777:role/Audit2\"}, resourceTypeIgnoreList: [\"AWS.S3.Bucket\"]}) "
                + "{ cloudAccount { label awsAccountId awsRegionIgnoreList resourceTypeIgnoreList awsScanConfig { auditRole } } } }", "id", id)
                .path("updateCloudAccount").path("cloudAccount");
        assertThat(changed.path("label").asText()).isEqualTo("Sandbox 2");
        assertThat(changed.path("awsRegionIgnoreList").toString()).isEqualTo("[\"ap-east-1\"]");
        assertThat(changed.path("resourceTypeIgnoreList").toString()).isEqualTo("[\"AWS.S3.Bucket\"]");
        assertThat(api.data("mutation($id: ID!) { deleteCloudAccount(input: {id: $id}) { id } }", "id", id).path("deleteCloudAccount")
                .path("id").asText()).isEqualTo(id);
        assertThat(api.data("query($id: ID!) { cloudAccount(id: $id) { label } }", "id", id).path("cloudAccount").isNull()).isTrue();
    }

    @Test
    void anAccountIsRefusedWithABadIdLabelOrRoleOrWhenItIsScannedAlready() {
        assertThat(api.query(CREATE, "acct", "12345", "label", "x", "role", "arn:aws:iam::12345:role/r").firstError())
                .contains("12 digits");
        assertThat(api.query(CREATE, "acct", "123456789012", "label", "x", "role", "arn:aws:iam::123456789012:role/r").firstError())
                .contains("already scanned as Production");
        assertThat(api.query(CREATE, "acct", "999988887777", "label", "bad/label", "role", "arn:aws:iam::999988887777:role/r").firstError())
                .contains("label must be");
        assertThat(api.query(CREATE, "acct", "999988887777", "label", "x", "role", "arn:aws:iam::123456789012:role/r").firstError())
                .contains("a role of the account");
    }
}
