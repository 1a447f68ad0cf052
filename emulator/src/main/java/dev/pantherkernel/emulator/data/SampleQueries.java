package dev.pantherkernel.emulator.data;

import dev.pantherkernel.emulator.auth.User;
import dev.pantherkernel.emulator.content.SavedQuery;
import dev.pantherkernel.emulator.content.Schedule;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The sample organisation's saved queries: the scheduled ones its scheduled rules run, and searches the analysts
 * keep. All are Snowflake SQL over the sample log tables, and all run in the emulator's data lake.
 */
public final class SampleQueries {
    private SampleQueries() {}

    public static List<SavedQuery> all(Instant anchor, List<User> users) {
        User admin = users.get(0);
        User riley = users.get(1);
        User sasha = users.get(2);
        return List.of(
                query(SampleDetections.DAILY_FAILED_LOGINS, "Failed Okta sign-ins of the last day, for the daily report",
                        """
                        SELECT DATE_TRUNC('day', p_event_time) AS day,
                               COUNT(*) AS failures,
                               COUNT(DISTINCT client:ipAddress::string) AS source_ips,
                               COUNT(DISTINCT actor:alternateId::string) AS users
                        FROM panther_logs.public.okta_systemlog
                        WHERE p_occurs_since('1 day')
                          AND eventType = 'user.session.start'
                          AND outcome:result::string = 'FAILURE'
                        GROUP BY 1
                        ORDER BY 1
                        """, List.of("Okta", "Report"), Schedule.cron("0 6 * * *", 5), admin, anchor, 180),
                query(SampleDetections.NEW_ACCESS_KEYS, "Access keys created in the last day, by who created them", """
                        SELECT userIdentity:arn::string AS actor,
                               COUNT(*) AS keys_created,
                               MIN(p_event_time) AS first_created
                        FROM panther_logs.public.aws_cloudtrail
                        WHERE p_occurs_since('1 day')
                          AND eventName = 'CreateAccessKey'
                        GROUP BY 1
                        """, List.of("AWS", "IAM"), Schedule.every(1440, 10).disabled(true), admin, anchor, 40),
                query(SampleDetections.LARGE_OUTBOUND, "Hosts that sent the most data out in the last hour", """
                        SELECT srcAddr AS srcaddr,
                               SUM(bytes) AS bytes_out,
                               COUNT(*) AS flows
                        FROM panther_logs.public.aws_vpcflow
                        WHERE p_occurs_since('1 hour')
                          AND flowDirection = 'egress'
                        GROUP BY 1
                        HAVING SUM(bytes) > 5000000000
                        """, List.of("AWS", "VPC"), Schedule.every(60, 5), riley, anchor, 33),
                query("Password Spray Sources", "IP addresses that failed to sign in as many different users", """
                        SELECT client:ipAddress::string AS ip,
                               COUNT(*) AS failures,
                               COUNT(DISTINCT actor:alternateId::string) AS users_tried,
                               MIN(p_event_time) AS first_seen,
                               MAX(p_event_time) AS last_seen
                        FROM panther_logs.public.okta_systemlog
                        WHERE p_occurs_since('7 days')
                          AND eventType = 'user.session.start'
                          AND outcome:result::string = 'FAILURE'
                        GROUP BY 1
                        HAVING COUNT(DISTINCT actor:alternateId::string) >= 5
                        ORDER BY failures DESC
                        """, List.of("Okta", "Hunting"), null, riley, anchor, 150),
                query("Root Account Activity", "Everything the AWS root account did in the last 30 days", """
                        SELECT p_event_time, eventName, sourceIPAddress, recipientAccountId, awsRegion
                        FROM panther_logs.public.aws_cloudtrail
                        WHERE p_occurs_since('30 days')
                          AND userIdentity:type::string = 'Root'
                        ORDER BY p_event_time DESC
                        """, List.of("AWS", "IAM"), null, sasha, anchor, 120),
                query("SSH Probes By Source", "Sources of rejected SSH connections in the last week", """
                        SELECT srcAddr, COUNT(*) AS probes, COUNT(DISTINCT dstAddr) AS targets
                        FROM panther_logs.public.aws_vpcflow
                        WHERE p_occurs_since('7 days')
                          AND dstPort = 22
                          AND action = 'REJECT'
                        GROUP BY 1
                        ORDER BY probes DESC
                        LIMIT 50
                        """, List.of("AWS", "VPC", "Hunting"), null, sasha, anchor, 90),
                query("IAM Changes By Actor", "Who changed IAM users, roles, keys and policies in the last week", """
                        SELECT userIdentity:arn::string AS actor, eventName, COUNT(*) AS changes
                        FROM panther_logs.public.aws_cloudtrail
                        WHERE p_occurs_since('7 days')
                          AND eventName IN ('CreateUser', 'AttachUserPolicy', 'CreateAccessKey', 'PutUserPolicy',
                                            'CreateRole', 'AttachRolePolicy')
                        GROUP BY 1, 2
                        ORDER BY changes DESC
                        """, List.of("AWS", "IAM"), null, riley, anchor, 75),
                query("Okta Admin Grants", "Okta administrator privileges granted in the last 30 days, with who granted them",
                        """
                        SELECT p_event_time,
                               actor:alternateId::string AS granted_by,
                               target[0]:alternateId::string AS granted_to,
                               client:ipAddress::string AS ip
                        FROM panther_logs.public.okta_systemlog
                        WHERE p_occurs_since('30 days')
                          AND eventType = 'user.account.privilege.grant'
                        ORDER BY p_event_time DESC
                        """, List.of("Okta", "Privilege Escalation"), null, admin, anchor, 60));
    }

    private static SavedQuery query(String name, String description, String sql, List<String> tags, Schedule schedule,
            User author, Instant anchor, int daysAgo) {
        Instant created = anchor.minus(Duration.ofDays(daysAgo));
        String id = UUID.nameUUIDFromBytes(("query|" + name).getBytes(StandardCharsets.UTF_8)).toString();
        return new SavedQuery(id, name, description, sql.strip(), tags, schedule, false, author, created,
                created.plus(Duration.ofDays(daysAgo / 3)));
    }
}
