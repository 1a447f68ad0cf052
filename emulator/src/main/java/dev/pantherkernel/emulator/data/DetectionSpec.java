package dev.pantherkernel.emulator.data;

import dev.pantherkernel.emulator.alerts.AlertType;
import dev.pantherkernel.emulator.alerts.DetectionType;
import dev.pantherkernel.emulator.alerts.Severity;
import java.util.List;

/**
 * A sample detection and how it finds its matches: the events of {@code table} where {@code predicate}
 * holds, grouped by {@code dedup} within {@code window}; a group of at least {@code threshold}
 * events raises one alert. All SQL here is the emulator's own, over the generated log tables.
 */
record DetectionSpec(
        String id,
        String name,
        String description,
        DetectionType detectionType,
        AlertType alertType,
        Severity severity,
        String table,
        String predicate,
        String dedup,
        String window,
        int threshold,
        String titleFormat,
        String runbook,
        String reference,
        List<String> resourceTypes,
        boolean deleted) {

    /** The dedup window in minutes, as the detection's {@code DedupPeriodMinutes} says it. */
    int dedupMinutes() {
        return switch (window) {
            case "1 hour" -> 60;
            case "1 day" -> 1440;
            default -> throw new IllegalStateException("no dedup minutes for window " + window);
        };
    }

    static List<DetectionSpec> all() {
        return List.of(
                rule("Okta.BruteForceLogins", "Okta Brute Force Logins", "Many failed Okta sign-ins from one IP address within an hour",
                        Severity.HIGH, "okta_systemlog",
                        "eventType = 'user.session.start' AND (outcome->>'result') = 'FAILURE'", "(client->>'ipAddress')", "1 hour", 10,
                        "Brute force login attempts from %s",
                        "Block the source IP, then check for a successful login from it right after the failures.",
                        "https://attack.mitre.org/techniques/T1110/003/"),
                rule("Okta.AdminRoleAssigned", "Okta Admin Role Assigned", "A user was granted Okta administrator privileges",
                        Severity.CRITICAL, "okta_systemlog",
                        "eventType = 'user.account.privilege.grant'", "(actor->>'alternateId')", "1 hour", 1,
                        "Okta admin privileges granted by %s",
                        "Confirm the grant with the approver; revoke it and reset the account if nobody asked for it.",
                        "https://attack.mitre.org/techniques/T1098/"),
                rule("Okta.MFAReset", "Okta MFA Factors Reset", "All MFA factors of a user were reset",
                        Severity.LOW, "okta_systemlog",
                        "eventType = 'user.mfa.factor.reset_all'", "(actor->>'alternateId')", "1 day", 1,
                        "All MFA factors reset for %s", "Check with the user that they asked the help desk for the reset.",
                        "https://attack.mitre.org/techniques/T1556/006/"),
                new DetectionSpec("Okta.DailyFailedLogins", "Okta Daily Failed Logins Report",
                        "Summarises each day's failed Okta logins", DetectionType.SCHEDULED_RULE, AlertType.SCHEDULED_RULE,
                        Severity.LOW, "okta_systemlog", "eventType = 'user.session.start' AND (outcome->>'result') = 'FAILURE'",
                        "strftime(p_event_time, '%Y-%m-%d')", "1 day", 1, "Failed Okta logins on %s",
                        "Look for a spike compared with the days before.", "https://help.okta.com/", List.of(), false),
                rule("AWS.Console.LoginWithoutMFA", "AWS Console Login Without MFA", "An IAM user signed in to the AWS console without MFA",
                        Severity.MEDIUM, "aws_cloudtrail",
                        "eventName = 'ConsoleLogin' AND (userIdentity->>'type') <> 'Root' AND (additionalEventData->>'MFAUsed') = 'No'",
                        "(userIdentity->>'userName')", "1 hour", 1, "AWS console login without MFA by %s",
                        "Ask the user to enrol MFA; check where the login came from.",
                        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html"),
                rule("AWS.IAM.PrivilegeChange", "AWS IAM Privilege Change", "IAM users, roles, keys or policies were created or attached",
                        Severity.HIGH, "aws_cloudtrail",
                        "eventName IN ('CreateUser', 'AttachUserPolicy', 'CreateAccessKey', 'PutUserPolicy', 'CreateRole', 'AttachRolePolicy')",
                        "(userIdentity->>'arn')", "1 hour", 1, "IAM privileges changed by %s",
                        "Review the new users, keys and policies; remove what was not approved.",
                        "https://attack.mitre.org/techniques/T1098/001/"),
                rule("AWS.Root.Activity", "AWS Root Account Activity", "The AWS root account was used",
                        Severity.CRITICAL, "aws_cloudtrail",
                        "(userIdentity->>'type') = 'Root'", "recipientAccountId", "1 hour", 1, "Root account used in account %s",
                        "The root account should never be used day to day: find out who holds its credentials.",
                        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html"),
                new DetectionSpec("AWS.S3.BucketPolicyModified", "AWS S3 Bucket Policy Modified",
                        "A bucket policy changed; it may have opened the bucket", DetectionType.POLICY, AlertType.POLICY,
                        Severity.MEDIUM, "aws_cloudtrail", "eventName = 'PutBucketPolicy'",
                        "(requestParameters->>'bucketName')", "1 day", 1, "Bucket policy of %s modified",
                        "Check that the bucket is not public.", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/",
                        List.of("AWS.S3.Bucket"), false),
                rule("AWS.VPC.InboundSSHRejected", "AWS VPC Inbound SSH Rejected", "Inbound SSH connections were rejected by a security group",
                        Severity.INFO, "aws_vpcflow",
                        "action = 'REJECT' AND dstPort = 22", "srcAddr", "1 day", 1, "SSH probes rejected from %s",
                        "Informational: the security group did its job.", "https://attack.mitre.org/techniques/T1046/"),
                new DetectionSpec("AWS.CloudTrail.ErrorSpike", "AWS CloudTrail Error Spike",
                        "Counts AccessDenied errors of service roles", DetectionType.RULE, AlertType.RULE_ERROR,
                        Severity.MEDIUM, "aws_cloudtrail", "errorCode = 'AccessDenied' AND (userIdentity->>'type') = 'AssumedRole'",
                        "strftime(p_event_time, '%Y-%m-%d')", "1 day", 1,
                        "Rule error on %s: KeyError 'userName' in AWS.CloudTrail.ErrorSpike",
                        "Fix the rule: assumed-role events have no userName.", "https://docs.panther.com/", List.of(), false),
                new DetectionSpec("Okta.ImpossibleTravel", "Okta Impossible Travel",
                        "Logins from places too far apart in too little time", DetectionType.RULE, AlertType.RULE,
                        Severity.MEDIUM, "okta_systemlog", "eventType = 'user.authentication.sso' AND p_row_id LIKE '00%'",
                        "(actor->>'alternateId')", "1 day", 1, "Impossible travel for %s",
                        "Compare the two locations with the user's travel.", "https://attack.mitre.org/techniques/T1078/",
                        List.of(), true));
    }

    private static DetectionSpec rule(String id, String name, String description, Severity severity, String table,
            String predicate, String dedup, String window, int threshold, String title, String runbook, String reference) {
        return new DetectionSpec(id, name, description, DetectionType.RULE, AlertType.RULE, severity, table,
                predicate, dedup, window, threshold, title, runbook, reference, List.of(), false);
    }
}
