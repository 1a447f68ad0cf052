package dev.pantherkernel.emulator.data;

import dev.pantherkernel.emulator.cloudaccounts.CloudAccount;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The AWS accounts the sample organisation scans: production and staging, two of the accounts its CloudTrail
 * events come from (the sandbox account, also in CloudTrail, is not scanned).
 */
public final class SampleCloudAccounts {
    public static final String STAGING_ACCOUNT = "210987654321";

    private SampleCloudAccounts() {}

    /** @param admin the user who added the accounts */
    public static List<CloudAccount> accounts(long seed, Instant anchor, Object admin) {
        return List.of(
                account(seed, "Production", AwsCloudTrail.PROD_ACCOUNT, anchor.minus(Duration.ofDays(370)), admin,
                        List.of("ap-east-1", "me-south-1", "af-south-1"), List.of(), List.of(), true),
                account(seed, "Staging", STAGING_ACCOUNT, anchor.minus(Duration.ofDays(210)), admin,
                        List.of("ap-east-1", "me-south-1", "af-south-1", "sa-east-1"), List.of("^arn:aws:s3:::acme-staging-tmp-.*"),
                        List.of("AWS.EC2.Snapshot"), false));
    }

    private static CloudAccount account(long seed, String label, String awsAccountId, Instant created, Object admin,
            List<String> regions, List<String> regexes, List<String> types, boolean realtime) {
        String id = UUID.nameUUIDFromBytes(("cloud-account|" + seed + "|" + awsAccountId).getBytes(StandardCharsets.UTF_8)).toString();
        return new CloudAccount(id, label, awsAccountId, "panther-cloudsec-setup",
                new CloudAccount.AWSScanConfig("arn:aws:iam::" + awsAccountId + ":role/PantherAuditRole-us-east-1"), regions, regexes,
                types, true, realtime, created, admin, created.plus(Duration.ofDays(30)));
    }
}
