package dev.pantherkernel.emulator.cloudaccounts;

import java.time.Instant;
import java.util.List;

/** An AWS account that Panther's cloud security scanner reads through the audit role in {@code awsScanConfig}. */
public record CloudAccount(
        String id,
        String label,
        String awsAccountId,
        String awsStackName,
        AWSScanConfig awsScanConfig,
        List<String> awsRegionIgnoreList,
        List<String> resourceRegexIgnoreList,
        List<String> resourceTypeIgnoreList,
        boolean isEditable,
        boolean isRealtimeScanningEnabled,
        Instant createdAt,
        Object createdBy,
        Instant lastModifiedAt) {

    public CloudAccount {
        awsRegionIgnoreList = List.copyOf(awsRegionIgnoreList);
        resourceRegexIgnoreList = List.copyOf(resourceRegexIgnoreList);
        resourceTypeIgnoreList = List.copyOf(resourceTypeIgnoreList);
    }

    /** {@code AWSScanConfig}: the IAM role the scanner assumes in the account. */
    public record AWSScanConfig(String auditRole) {}

    /** What a client may set when it adds or changes an account. */
    public record Settings(String label, String auditRole, List<String> awsRegionIgnoreList, List<String> resourceRegexIgnoreList,
            List<String> resourceTypeIgnoreList) {}
}
