package dev.pantherkernel.emulator.data;

import dev.pantherkernel.emulator.alerts.Severity;
import dev.pantherkernel.emulator.auth.User;
import dev.pantherkernel.emulator.content.Detection;
import dev.pantherkernel.emulator.content.DetectionKind;
import dev.pantherkernel.emulator.content.UnitTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sample organisation's detections: the ones the sample alerts come from (their names, severities and texts are
 * those of the {@link DetectionSpec}s that made the alerts, so both APIs agree), and quiet ones that raised nothing in
 * the sample data, some of them disabled. Python bodies are written as a team writes them for Panther.
 */
public final class SampleDetections {
    /** The saved queries the scheduled rules run (names, as scheduled rules refer to them). */
    static final String DAILY_FAILED_LOGINS = "Okta Daily Failed Logins";
    static final String NEW_ACCESS_KEYS = "AWS New Access Keys";
    static final String LARGE_OUTBOUND = "VPC Large Outbound Transfers";

    private static final String OKTA = "Okta.SystemLog";
    private static final String CLOUDTRAIL = "AWS.CloudTrail";
    private static final String VPC = "AWS.VPCFlow";

    /** How a detection that alerts in the sample data is written; the rest of it comes from its spec. */
    private record Authoring(DetectionKind kind, List<String> tags, String code, boolean managed, List<UnitTest> tests) {}

    private static final Map<String, Authoring> ALERTING = Map.of(
            "Okta.BruteForceLogins", new Authoring(DetectionKind.RULE, List.of("Okta", "Credential Access"), """
                    from panther_base_helpers import deep_get

                    def rule(event):
                        return (event.get("eventType") == "user.session.start"
                                and deep_get(event, "outcome", "result") == "FAILURE")

                    def title(event):
                        return f"Brute force login attempts from {deep_get(event, 'client', 'ipAddress')}"

                    def dedup(event):
                        return deep_get(event, "client", "ipAddress")
                    """, true, List.of(test("ten failures", true,
                            "{\"eventType\":\"user.session.start\",\"outcome\":{\"result\":\"FAILURE\"},"
                                    + "\"client\":{\"ipAddress\":\"203.0.113.9\"}}"))),
            "Okta.AdminRoleAssigned", new Authoring(DetectionKind.RULE, List.of("Okta", "Privilege Escalation"), """
                    from panther_base_helpers import deep_get

                    def rule(event):
                        return event.get("eventType") == "user.account.privilege.grant"

                    def title(event):
                        return f"Okta admin privileges granted by {deep_get(event, 'actor', 'alternateId')}"
                    """, true, List.of()),
            "Okta.MFAReset", new Authoring(DetectionKind.RULE, List.of("Okta", "Persistence"), """
                    from panther_base_helpers import deep_get

                    def rule(event):
                        return event.get("eventType") == "user.mfa.factor.reset_all"

                    def title(event):
                        return f"All MFA factors reset for {deep_get(event, 'actor', 'alternateId')}"
                    """, false, List.of()),
            "Okta.DailyFailedLogins", new Authoring(DetectionKind.SCHEDULED_RULE, List.of("Okta", "Report"), """
                    def rule(event):
                        return event.get("failures", 0) > 0

                    def title(event):
                        return f"Failed Okta logins on {event.get('day')}"
                    """, false, List.of()),
            "AWS.Console.LoginWithoutMFA", new Authoring(DetectionKind.RULE, List.of("AWS", "Identity & Access Management"), """
                    from panther_base_helpers import deep_get

                    def rule(event):
                        return (event.get("eventName") == "ConsoleLogin"
                                and deep_get(event, "userIdentity", "type") != "Root"
                                and deep_get(event, "additionalEventData", "MFAUsed") == "No")

                    def title(event):
                        return f"AWS console login without MFA by {deep_get(event, 'userIdentity', 'userName')}"
                    """, true, List.of(test("login without MFA", true,
                            "{\"eventName\":\"ConsoleLogin\",\"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"jordan.lee\"},"
                                    + "\"additionalEventData\":{\"MFAUsed\":\"No\"}}"),
                            test("login with MFA", false,
                            "{\"eventName\":\"ConsoleLogin\",\"userIdentity\":{\"type\":\"IAMUser\",\"userName\":\"jordan.lee\"},"
                                    + "\"additionalEventData\":{\"MFAUsed\":\"Yes\"}}"))),
            "AWS.IAM.PrivilegeChange", new Authoring(DetectionKind.RULE, List.of("AWS", "Privilege Escalation"), """
                    from panther_base_helpers import deep_get

                    CHANGES = {"CreateUser", "AttachUserPolicy", "CreateAccessKey", "PutUserPolicy", "CreateRole",
                               "AttachRolePolicy"}

                    def rule(event):
                        return event.get("eventName") in CHANGES

                    def title(event):
                        return f"IAM privileges changed by {deep_get(event, 'userIdentity', 'arn')}"
                    """, false, List.of()),
            "AWS.Root.Activity", new Authoring(DetectionKind.RULE, List.of("AWS", "Identity & Access Management"), """
                    from panther_base_helpers import deep_get

                    def rule(event):
                        return deep_get(event, "userIdentity", "type") == "Root"

                    def title(event):
                        return f"Root account used in account {event.get('recipientAccountId')}"

                    def dedup(event):
                        return event.get("recipientAccountId")
                    """, true, List.of()),
            "AWS.S3.BucketPolicyModified", new Authoring(DetectionKind.POLICY, List.of("AWS", "S3", "Data Protection"), """
                    def policy(resource):
                        statements = (resource.get("Policy") or {}).get("Statement", [])
                        return not any(s.get("Principal") == "*" and s.get("Effect") == "Allow" for s in statements)
                    """, false, List.of()),
            "AWS.VPC.InboundSSHRejected", new Authoring(DetectionKind.SIMPLE_RULE, List.of("AWS", "VPC", "Discovery"), """
                    MatchFilters:
                      - Key: action
                        Condition: Equals
                        Value: REJECT
                      - Key: dstPort
                        Condition: Equals
                        Value: 22
                    """, false, List.of()),
            "AWS.CloudTrail.ErrorSpike", new Authoring(DetectionKind.RULE, List.of("AWS", "Reliability"), """
                    def rule(event):
                        return (event.get("errorCode") == "AccessDenied"
                                and event["userIdentity"]["type"] == "AssumedRole")

                    def title(event):
                        # fails for assumed roles, which have no userName: the rule errors Panther reports
                        return f"Access denied for {event['userIdentity']['userName']}"
                    """, false, List.of()));

    private SampleDetections() {}

    /** Every sample detection; the deleted one of the specs is left out (its alerts keep only its id). */
    public static List<Detection> all(Instant anchor, List<User> users) {
        Map<String, String> logTypes = SampleDataLake.TABLES.stream()
                .collect(Collectors.toMap(LogTable::name, LogTable::logType));
        List<Detection> out = new ArrayList<>();
        int n = 0;
        for (DetectionSpec spec : DetectionSpec.all()) {
            if (spec.deleted()) {
                continue;
            }
            Instant created = anchor.minus(Duration.ofDays(180 + 23L * n++));
            out.add(alerting(spec, ALERTING.get(spec.id()), logTypes.get(spec.table()), created, users.get(n % 3)));
        }
        out.addAll(quiet(anchor, users));
        return out;
    }

    private static Detection alerting(DetectionSpec spec, Authoring how, String logType, Instant created, User author) {
        if (how == null) {
            throw new IllegalStateException("no authoring for sample detection " + spec.id());
        }
        Detection.Builder b = Detection.newDetection(how.kind(), spec.id())
                .displayName(spec.name())
                .severity(spec.severity())
                .tags(how.tags())
                .description(spec.description())
                .runbook(spec.runbook())
                .reference(spec.reference())
                .dedupPeriodMinutes(spec.dedupMinutes())
                .threshold(spec.threshold())
                .tests(how.tests());
        switch (how.kind()) {
            case POLICY -> b.resourceTypes(spec.resourceTypes()).body(how.code());
            case SCHEDULED_RULE -> b.scheduledQueries(List.of(DAILY_FAILED_LOGINS)).body(how.code());
            case SIMPLE_RULE -> b.logTypes(List.of(logType)).detection(how.code());
            case RULE -> b.logTypes(List.of(logType)).body(how.code());
            default -> throw new IllegalStateException("unknown kind " + how.kind());
        }
        return history(b, how.managed(), created, created.plus(Duration.ofDays(40)), author, author);
    }

    /** Detections that found nothing in the sample data: new ones, Panther's managed ones, and disabled ones. */
    private static List<Detection> quiet(Instant anchor, List<User> users) {
        User admin = users.get(0);
        User riley = users.get(1);
        User sasha = users.get(2);
        return List.of(
                history(Detection.newDetection(DetectionKind.RULE, "AWS.CloudTrail.StopLogging")
                        .displayName("AWS CloudTrail Logging Stopped").severity(Severity.HIGH).logTypes(List.of(CLOUDTRAIL))
                        .tags(List.of("AWS", "Defense Evasion"))
                        .description("CloudTrail logging was stopped or a trail deleted")
                        .runbook("Restart the trail and find out who stopped it and why.")
                        .reference("https://attack.mitre.org/techniques/T1562/008/")
                        .summaryAttributes(List.of("userIdentity:arn", "sourceIPAddress"))
                        .body("""
                                def rule(event):
                                    return event.get("eventName") in ("StopLogging", "DeleteTrail", "UpdateTrail")

                                def title(event):
                                    return f"CloudTrail {event.get('eventName')} in {event.get('recipientAccountId')}"
                                """)
                        .tests(List.of(test("trail stopped", true, "{\"eventName\":\"StopLogging\"}"),
                                test("trail read", false, "{\"eventName\":\"DescribeTrails\"}"))),
                        true, anchor.minus(Duration.ofDays(300)), anchor.minus(Duration.ofDays(120)), null, null),
                history(Detection.newDetection(DetectionKind.RULE, "Okta.APITokenCreated")
                        .displayName("Okta API Token Created").severity(Severity.MEDIUM).logTypes(List.of(OKTA))
                        .tags(List.of("Okta", "Persistence"))
                        .description("A new Okta API token was created")
                        .runbook("Check that the token belongs to an approved integration.")
                        .reference("https://help.okta.com/en-us/content/topics/security/api.htm")
                        .body("""
                                from panther_base_helpers import deep_get

                                def rule(event):
                                    return event.get("eventType") == "system.api_token.create"

                                def title(event):
                                    return f"Okta API token created by {deep_get(event, 'actor', 'alternateId')}"
                                """),
                        true, anchor.minus(Duration.ofDays(280)), anchor.minus(Duration.ofDays(150)), null, null),
                history(Detection.newDetection(DetectionKind.RULE, "AWS.S3.ObjectDownloads")
                        .displayName("AWS S3 Object Downloads").severity(Severity.INFO).logTypes(List.of(CLOUDTRAIL))
                        .enabled(false)
                        .tags(List.of("AWS", "S3", "Collection"))
                        .description("Objects downloaded from S3; disabled because every GetObject alerted")
                        .runbook("Only useful for buckets holding secrets: scope it with an inline filter before enabling.")
                        .dedupPeriodMinutes(1440)
                        .body("""
                                def rule(event):
                                    return event.get("eventName") == "GetObject"

                                def dedup(event):
                                    return (event.get("requestParameters") or {}).get("bucketName")
                                """),
                        false, anchor.minus(Duration.ofDays(95)), anchor.minus(Duration.ofDays(60)), riley, admin),
                history(Detection.newDetection(DetectionKind.RULE, "AWS.EC2.RunInstancesNewRegion")
                        .displayName("AWS EC2 Instances Started In An Unused Region").severity(Severity.LOW)
                        .logTypes(List.of(CLOUDTRAIL)).enabled(false)
                        .tags(List.of("AWS", "EC2", "Resource Hijacking"))
                        .description("Instances were started outside the regions the company uses")
                        .runbook("Confirm with the account owner; terminate unknown instances.")
                        .body("""
                                USED_REGIONS = {"us-east-1", "us-west-2", "eu-west-1"}

                                def rule(event):
                                    return event.get("eventName") == "RunInstances" and event.get("awsRegion") not in USED_REGIONS
                                """),
                        false, anchor.minus(Duration.ofDays(70)), anchor.minus(Duration.ofDays(9)), sasha, sasha),
                history(Detection.newDetection(DetectionKind.SIMPLE_RULE, "Okta.UserLockedOut")
                        .displayName("Okta User Locked Out").severity(Severity.LOW).logTypes(List.of(OKTA))
                        .tags(List.of("Okta", "Credential Access"))
                        .description("An Okta account was locked after too many failed sign-ins")
                        .runbook("Unlock the account after checking with the user.")
                        .detection("""
                                MatchFilters:
                                  - Key: eventType
                                    Condition: Equals
                                    Value: user.account.lock
                                """)
                        .alertTitle("Okta user {actor.alternateId} locked out"),
                        false, anchor.minus(Duration.ofDays(60)), anchor.minus(Duration.ofDays(60)), riley, riley),
                history(Detection.newDetection(DetectionKind.SIMPLE_RULE, "AWS.VPC.RDPInbound")
                        .displayName("AWS VPC Inbound RDP").severity(Severity.MEDIUM).logTypes(List.of(VPC))
                        .enabled(false)
                        .tags(List.of("AWS", "VPC", "Lateral Movement"))
                        .description("Inbound RDP connections were accepted; disabled until the Windows bastion is retired")
                        .detection("""
                                MatchFilters:
                                  - Key: action
                                    Condition: Equals
                                    Value: ACCEPT
                                  - Key: dstPort
                                    Condition: Equals
                                    Value: 3389
                                """),
                        false, anchor.minus(Duration.ofDays(45)), anchor.minus(Duration.ofDays(20)), sasha, admin),
                history(Detection.newDetection(DetectionKind.SCHEDULED_RULE, "AWS.IAM.UnusedAccessKeys")
                        .displayName("AWS New Access Keys Never Used").severity(Severity.LOW)
                        .scheduledQueries(List.of(NEW_ACCESS_KEYS)).enabled(false)
                        .tags(List.of("AWS", "Identity & Access Management"))
                        .description("Access keys created and not used since; disabled while the query is reworked")
                        .body("""
                                def rule(event):
                                    return event.get("keys_created", 0) > 0

                                def title(event):
                                    return f"{event.get('keys_created')} new access keys by {event.get('actor')}"
                                """),
                        false, anchor.minus(Duration.ofDays(40)), anchor.minus(Duration.ofDays(3)), admin, admin),
                history(Detection.newDetection(DetectionKind.SCHEDULED_RULE, "AWS.VPC.LargeOutboundTransfers")
                        .displayName("AWS VPC Large Outbound Transfers").severity(Severity.MEDIUM)
                        .scheduledQueries(List.of(LARGE_OUTBOUND))
                        .tags(List.of("AWS", "VPC", "Exfiltration"))
                        .description("A host sent more data out in an hour than any host should")
                        .runbook("Find the process behind the traffic on the instance.")
                        .body("""
                                def rule(event):
                                    return event.get("bytes_out", 0) > 5_000_000_000

                                def title(event):
                                    return f"{event.get('srcaddr')} sent {event.get('bytes_out')} bytes in an hour"
                                """),
                        false, anchor.minus(Duration.ofDays(33)), anchor.minus(Duration.ofDays(33)), riley, riley),
                history(Detection.newDetection(DetectionKind.POLICY, "AWS.S3.BucketEncryptionEnabled")
                        .displayName("AWS S3 Bucket Encryption Enabled").severity(Severity.MEDIUM)
                        .resourceTypes(List.of("AWS.S3.Bucket"))
                        .tags(List.of("AWS", "S3", "Data Protection"))
                        .reports(Map.of("CIS", List.of("2.1.1")))
                        .description("Buckets encrypt objects at rest by default")
                        .body("""
                                def policy(resource):
                                    return bool(resource.get("EncryptionRules"))
                                """),
                        true, anchor.minus(Duration.ofDays(320)), anchor.minus(Duration.ofDays(200)), null, null),
                history(Detection.newDetection(DetectionKind.POLICY, "AWS.CloudTrail.MultiRegionEnabled")
                        .displayName("AWS CloudTrail Multi-Region Enabled").severity(Severity.HIGH)
                        .resourceTypes(List.of("AWS.CloudTrail"))
                        .tags(List.of("AWS", "Logging"))
                        .reports(Map.of("CIS", List.of("3.1")))
                        .description("At least one trail records every region")
                        .body("""
                                def policy(resource):
                                    return bool(resource.get("IsMultiRegionTrail"))
                                """),
                        true, anchor.minus(Duration.ofDays(320)), anchor.minus(Duration.ofDays(200)), null, null),
                history(Detection.newDetection(DetectionKind.POLICY, "AWS.IAM.PasswordPolicyStrength")
                        .displayName("AWS IAM Password Policy Strength").severity(Severity.LOW)
                        .resourceTypes(List.of("AWS.PasswordPolicy")).enabled(false)
                        .tags(List.of("AWS", "Identity & Access Management"))
                        .description("The account's password policy asks for 14 characters; disabled: sign-in is through Okta")
                        .body("""
                                def policy(resource):
                                    return (resource.get("MinimumPasswordLength") or 0) >= 14
                                """),
                        true, anchor.minus(Duration.ofDays(320)), anchor.minus(Duration.ofDays(30)), null, admin));
    }

    private static Detection history(Detection.Builder b, boolean managed, Instant created, Instant modified, User author,
            User modifier) {
        // Panther's managed content has no author in the organisation
        return b.managed(managed).createdAt(created).createdBy(managed ? null : author).lastModified(modified)
                .lastModifiedBy(modifier).build();
    }

    private static UnitTest test(String name, boolean expected, String event) {
        return new UnitTest(name, expected, event, List.of());
    }
}
