package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.SqlLiterals.string;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.timestamp;

import static dev.pantherkernel.emulator.datalake.SnowflakeType.ARRAY;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.OBJECT;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.TIMESTAMP_NTZ;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.VARCHAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Okta System Log: sign-ins, SSO, MFA and admin events of the company's staff. */
final class OktaSystemLog implements LogTable {
    private static final String BROWSER = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 Safari/605.1.15";
    private static final String SCRIPT = "python-requests/2.31.0";

    @Override
    public String name() {
        return "okta_systemlog";
    }

    @Override
    public String logType() {
        return "Okta.SystemLog";
    }

    @Override
    public String sourceLabel() {
        return "Okta Production";
    }

    @Override
    public String description() {
        return "Okta System Log events: authentication, SSO, MFA and administration";
    }

    @Override
    public String randomRaw(long n) {
        return """
            SELECT i, ts, email, name, event_type, ip,
                   CASE WHEN event_type = 'user.session.start' AND failed THEN 'FAILURE' ELSE 'SUCCESS' END AS result,
                   CASE WHEN event_type = 'user.session.start' AND failed THEN 'INVALID_CREDENTIALS' END AS reason,
                   agent,
                   CASE WHEN event_type = 'user.account.privilege.grant'
                        THEN gen_pick(['Read-only Administrator', 'Help Desk Administrator'], i, 'okta-role') END AS target_role
            FROM (
              SELECT i, gen_time(i, 'okta') AS ts, gen_staff_email(k) AS email, gen_staff_name(k) AS name,
                     CASE WHEN gen_u(i, 'okta-et') < 0.001 THEN 'user.account.privilege.grant'
                          WHEN gen_u(i, 'okta-et') < 0.004 THEN 'user.mfa.factor.reset_all'
                          ELSE gen_pick(['user.session.start', 'user.session.start', 'user.session.start',
                                         'user.session.start', 'user.session.start', 'user.session.start',
                                         'user.authentication.sso', 'user.authentication.sso',
                                         'user.authentication.auth_via_mfa', 'user.session.end',
                                         'policy.evaluate_sign_on', 'user.account.update_password'], i, 'okta-common')
                     END AS event_type,
                     CASE WHEN gen_u(i, 'okta-ip') < 0.7 THEN gen_pick(['192.0.2.10', '192.0.2.11'], i, 'okta-office')
                          ELSE '198.51.100.' || (k + 10) END AS ip,
                     gen_u(i, 'okta-fail') < 0.04 AS failed,
                     gen_pick([%s, %s,
                               'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0 Safari/537.36',
                               'Okta Verify/9.6.0 (iPhone; iOS 17.4)'], i, 'okta-ua') AS agent
              FROM (SELECT i, gen_k(i, 'okta-who', gen_staff_count()) AS k FROM range(%d) r(i))
            )
            """.formatted(string(BROWSER), string(BROWSER), n);
    }

    @Override
    public String storyRaw(Story story, long firstId) {
        List<String> rows = new ArrayList<>();
        long id = firstId;
        int second = 0;
        for (Employee target : story.sprayed()) {
            rows.add(row(id++, timestamp(story.at(0, second)), target, "user.session.start", story.attackerIp(),
                    "FAILURE", "INVALID_CREDENTIALS", SCRIPT, null));
            second += 37;
        }
        Employee victim = story.victim();
        rows.add(row(id++, timestamp(story.at(22, 5)), victim, "user.session.start", story.attackerIp(),
                "SUCCESS", null, BROWSER, null));
        rows.add(row(id++, timestamp(story.at(22, 40)), victim, "user.authentication.sso", story.attackerIp(),
                "SUCCESS", null, BROWSER, null));
        rows.add(row(id++, timestamp(story.at(24, 10)), victim, "user.account.privilege.grant", story.attackerIp(),
                "SUCCESS", null, BROWSER, "Super Administrator"));
        Employee unmanaged = story.unmanaged();
        rows.add(row(id, timestamp(story.beforeEnd(24, 31)), unmanaged, "user.session.start", Story.homeIp(story, unmanaged),
                "SUCCESS", null, BROWSER, null));
        return "SELECT * FROM (VALUES " + String.join(",\n", rows)
                + ") v(i, ts, email, name, event_type, ip, result, reason, agent, target_role)";
    }

    private static String row(long id, String ts, Employee who, String type, String ip, String result, String reason,
            String agent, String targetRole) {
        return "(%d::BIGINT, %s, %s, %s, %s, %s, %s, %s::VARCHAR, %s, %s::VARCHAR)".formatted(id, ts, string(who.email()),
                string(who.displayName()), string(type), string(ip), string(result),
                reason == null ? "NULL" : string(reason), string(agent), targetRole == null ? "NULL" : string(targetRole));
    }

    @Override
    public List<String> helpers() {
        return List.of(
                "ip = " + string(Story.ATTACKER_IP) + " AS from_attacker",
                "gen_pick(['Slack', 'GitHub', 'AWS Console', 'Google Workspace', 'Jira'], i, 'okta-app') AS app",
                "'00u' || substr(md5(email), 1, 17) AS user_id");
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("uuid", VARCHAR, "Unique identifier of the event", "gen_uuid(i, 'okta-uuid')"),
                new Field("published", TIMESTAMP_NTZ, "When the event was published (UTC)", "ts"),
                new Field("eventType", VARCHAR, "Type of the event", "event_type"),
                new Field("version", VARCHAR, "Versioning indicator", "'0'"),
                new Field("severity", VARCHAR, "How severe the event is: DEBUG, INFO, WARN, ERROR",
                        "CASE WHEN result = 'FAILURE' THEN 'WARN' ELSE 'INFO' END"),
                new Field("legacyEventType", VARCHAR, "The event type in Okta's older Events API", """
                        CASE event_type
                             WHEN 'user.session.start' THEN CASE WHEN result = 'FAILURE' THEN 'core.user_auth.login_failed'
                                                                 ELSE 'core.user_auth.login_success' END
                             WHEN 'user.session.end' THEN 'core.user_auth.logout_success'
                             WHEN 'user.authentication.sso' THEN 'app.auth.sso'
                             WHEN 'user.authentication.auth_via_mfa' THEN 'core.user.factor.attempt_success'
                             WHEN 'user.account.update_password' THEN 'core.user.config.password_update.success'
                             WHEN 'user.mfa.factor.reset_all' THEN 'core.user.factor.reset_all'
                             WHEN 'user.account.privilege.grant' THEN 'core.user.admin_privilege.granted'
                        END"""),
                new Field("displayMessage", VARCHAR, "The display message of the event", """
                        CASE event_type
                             WHEN 'user.session.start' THEN 'User login to Okta'
                             WHEN 'user.session.end' THEN 'User logout from Okta'
                             WHEN 'user.authentication.sso' THEN 'User single sign on to app'
                             WHEN 'user.authentication.auth_via_mfa' THEN 'Authentication of user via MFA'
                             WHEN 'policy.evaluate_sign_on' THEN 'Evaluation of sign-on policy'
                             WHEN 'user.account.update_password' THEN 'User update password for Okta'
                             WHEN 'user.mfa.factor.reset_all' THEN 'Reset all factors for user'
                             WHEN 'user.account.privilege.grant' THEN 'Grant user privilege'
                        END"""),
                new Field("actor", OBJECT, "The entity that performed the action",
                        "gen_json({'id': user_id, 'type': 'User', 'alternateId': email, 'displayName': name})"),
                new Field("client", OBJECT, "The client that requested the action", """
                        gen_json({'userAgent': {'rawUserAgent': agent,
                                                'os': CASE WHEN agent LIKE '%iPhone%' THEN 'iOS' WHEN agent LIKE '%Windows%' THEN 'Windows'
                                                           WHEN agent LIKE 'python%' THEN 'Unknown' ELSE 'Mac OS X' END,
                                                'browser': CASE WHEN agent LIKE 'python%' THEN 'UNKNOWN' WHEN agent LIKE '%Chrome%' THEN 'CHROME'
                                                                WHEN agent LIKE 'Okta%' THEN 'OKTA_VERIFY' ELSE 'SAFARI' END},
                                  'zone': 'null',
                                  'device': CASE WHEN agent LIKE '%iPhone%' THEN 'Mobile' WHEN agent LIKE 'python%' THEN 'Unknown'
                                                 ELSE 'Computer' END,
                                  'ipAddress': ip,
                                  'geographicalContext': """ + GEO + "})"),
                new Field("request", OBJECT, "The request that started the action: the IP addresses it passed through",
                        "gen_json({'ipChain': [{'ip': ip, 'version': 'V4', 'geographicalContext': " + GEO + "}]})"),
                new Field("outcome", OBJECT, "The outcome of the action: result and reason", "gen_json({'result': result, 'reason': reason})"),
                new Field("target", ARRAY, "The entities the action was done to", """
                        CASE WHEN target_role IS NOT NULL THEN to_json([
                                 gen_json({'id': user_id, 'type': 'User', 'alternateId': email, 'displayName': name}),
                                 gen_json({'id': 'ra1' || substr(md5(target_role), 1, 17), 'type': 'ROLE', 'alternateId': target_role,
                                           'displayName': target_role})])
                             WHEN event_type = 'user.authentication.sso' THEN to_json([
                                 gen_json({'id': '0oa' || substr(md5(app), 1, 17), 'type': 'AppInstance', 'alternateId': app,
                                           'displayName': app})])
                             WHEN event_type IN ('user.mfa.factor.reset_all', 'user.account.update_password') THEN to_json([
                                 gen_json({'id': user_id, 'type': 'User', 'alternateId': email, 'displayName': name})])
                        END"""),
                new Field("transaction", OBJECT, "The transaction of the action",
                        "gen_json({'type': 'WEB', 'id': substr(md5(concat_ws('|', 'okta-tx', i)), 1, 20)})"),
                new Field("debugContext", OBJECT, "Debug data of the action, dependent on the event type", """
                        gen_json({'debugData': {
                            'requestId': substr(md5(concat_ws('|', 'okta-req', i)), 1, 24),
                            'requestUri': CASE WHEN event_type LIKE 'user.session%' THEN '/api/v1/authn'
                                               ELSE '/app/' || replace(event_type, '.', '/') END,
                            'url': CASE WHEN event_type LIKE 'user.session%' THEN '/api/v1/authn?' ELSE '/app/' || app END,
                            'threatSuspected': CASE WHEN from_attacker THEN 'true' ELSE 'false' END,
                            'deviceFingerprint': substr(md5(concat_ws('|', email, agent)), 1, 32),
                            'privilegeGranted': target_role,
                            'behaviors': CASE WHEN event_type = 'user.session.start'
                                              THEN '{New Geo-Location=' || CASE WHEN from_attacker THEN 'POSITIVE' ELSE 'NEGATIVE' END
                                                   || ', New Device=' || CASE WHEN from_attacker THEN 'POSITIVE' ELSE 'NEGATIVE' END
                                                   || ', New IP=' || CASE WHEN from_attacker THEN 'POSITIVE' ELSE 'NEGATIVE' END || '}' END}})"""),
                new Field("authenticationContext", OBJECT, "How the actor authenticated", """
                        gen_json({'authenticationStep': 0,
                                  'externalSessionId': substr(md5(concat_ws('|', 'okta-session', email, ts::DATE)), 1, 25),
                                  'credentialType': CASE WHEN event_type = 'user.authentication.auth_via_mfa' THEN 'OTP' END})"""),
                new Field("securityContext", OBJECT, "The network the request came from: AS, ISP, domain, proxy", """
                        gen_json({'asNumber': CASE WHEN from_attacker THEN 64501 ELSE 64496 END,
                                  'asOrg': CASE WHEN from_attacker THEN 'bulk hosting bv' ELSE 'example isp' END,
                                  'isp': CASE WHEN from_attacker THEN 'bulk hosting bv' ELSE 'example isp inc.' END,
                                  'domain': CASE WHEN from_attacker THEN 'bulkhosting.example' ELSE 'example.net' END,
                                  'isProxy': from_attacker})"""));
    }

    private static final String GEO = """
            {'city': CASE WHEN from_attacker THEN 'Amsterdam' ELSE 'San Francisco' END,
             'state': CASE WHEN from_attacker THEN 'North Holland' ELSE 'California' END,
             'country': CASE WHEN from_attacker THEN 'Netherlands' ELSE 'United States' END,
             'postalCode': CASE WHEN from_attacker THEN '1012' ELSE '94107' END,
             'geolocation': {'lat': CASE WHEN from_attacker THEN 52.3676 ELSE 37.7749 END,
                             'lon': CASE WHEN from_attacker THEN 4.9041 ELSE -122.4194 END}}""";

    @Override
    public Map<String, String> indicators() {
        return Map.of(
                "p_any_ip_addresses", "[json_extract_string(client, '$.ipAddress')] || list_transform("
                        + "CAST(json_extract(request, '$.ipChain') AS JSON[]), c -> json_extract_string(c, '$.ip'))",
                "p_any_domain_names", "[json_extract_string(securityContext, '$.domain')]",
                "p_any_emails", "list_filter([json_extract_string(actor, '$.alternateId')] || list_transform("
                        + "CAST(coalesce(target, '[]') AS JSON[]), t -> json_extract_string(t, '$.alternateId')), e -> e LIKE '%@%')",
                "p_any_usernames", "[json_extract_string(actor, '$.alternateId')]",
                "p_any_actor_ids", "[json_extract_string(actor, '$.id')]",
                "p_any_trace_ids", "[json_extract_string(transaction, '$.id')]");
    }

    @Override
    public Map<String, String> enrichmentSelectors() {
        return Map.of("client.ipAddress", "json_extract_string(client, '$.ipAddress')");
    }

    @Override
    public String eventTime() {
        return "published";
    }

    @Override
    public String eventTimeField() {
        return "published";
    }

    @Override
    public String headline() {
        return "eventType || ' by ' || (actor->>'alternateId') || ' from ' || (client->>'ipAddress') || ': ' || (outcome->>'result')";
    }
}
