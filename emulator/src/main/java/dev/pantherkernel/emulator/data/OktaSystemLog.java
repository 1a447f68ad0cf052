package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.SqlLiterals.string;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.timestamp;

import java.util.ArrayList;
import java.util.List;

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
        rows.add(row(id, timestamp(story.at(24, 10)), victim, "user.account.privilege.grant", story.attackerIp(),
                "SUCCESS", null, BROWSER, "Super Administrator"));
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
    public String projection() {
        return """
            SELECT i AS gen_i,
                   gen_uuid(i, 'okta-uuid') AS uuid,
                   ts AS published,
                   event_type AS eventType,
                   '0' AS version,
                   CASE WHEN result = 'FAILURE' THEN 'WARN' ELSE 'INFO' END AS severity,
                   CASE event_type
                        WHEN 'user.session.start' THEN 'User login to Okta'
                        WHEN 'user.session.end' THEN 'User logout from Okta'
                        WHEN 'user.authentication.sso' THEN 'User single sign on to app'
                        WHEN 'user.authentication.auth_via_mfa' THEN 'Authentication of user via MFA'
                        WHEN 'policy.evaluate_sign_on' THEN 'Evaluation of sign-on policy'
                        WHEN 'user.account.update_password' THEN 'User update password for Okta'
                        WHEN 'user.mfa.factor.reset_all' THEN 'Reset all factors for user'
                        WHEN 'user.account.privilege.grant' THEN 'Grant user privilege'
                   END AS displayMessage,
                   {'id': '00u' || substr(md5(email), 1, 17), 'type': 'User', 'alternateId': email, 'displayName': name} AS actor,
                   {'userAgent': {'rawUserAgent': agent,
                                  'os': CASE WHEN agent LIKE '%%iPhone%%' THEN 'iOS' WHEN agent LIKE '%%Windows%%' THEN 'Windows'
                                             WHEN agent LIKE 'python%%' THEN 'Unknown' ELSE 'Mac OS X' END,
                                  'browser': CASE WHEN agent LIKE 'python%%' THEN 'UNKNOWN' WHEN agent LIKE '%%Chrome%%' THEN 'CHROME'
                                                  WHEN agent LIKE 'Okta%%' THEN 'OKTA_VERIFY' ELSE 'SAFARI' END},
                    'zone': 'null', 'device': 'Computer', 'ipAddress': ip,
                    'geographicalContext': {'city': CASE WHEN ip = %s THEN 'Amsterdam' ELSE 'San Francisco' END,
                                            'country': CASE WHEN ip = %s THEN 'Netherlands' ELSE 'United States' END}} AS client,
                   {'result': result, 'reason': reason} AS outcome,
                   CASE WHEN target_role IS NULL THEN []
                        ELSE [{'id': 'ra1' || substr(md5(target_role), 1, 17), 'type': 'ROLE',
                               'alternateId': target_role, 'displayName': target_role}] END AS target,
                   {'type': 'WEB', 'id': substr(md5(concat_ws('|', 'okta-tx', i)), 1, 20)} AS transaction,
                   {'debugData': {'requestUri': CASE WHEN event_type LIKE 'user.session%%' THEN '/api/v1/authn'
                                                     ELSE '/app/' || replace(event_type, '.', '/') END}} AS debugContext,
                   {'authenticationStep': 0, 'externalSessionId': substr(md5(concat_ws('|', 'okta-session', email, ts::DATE)), 1, 25)}
                       AS authenticationContext,
                   {'asNumber': CASE WHEN ip = %s THEN 64501 ELSE 64496 END,
                    'asOrg': CASE WHEN ip = %s THEN 'bulk hosting bv' ELSE 'example isp' END,
                    'isProxy': ip = %s} AS securityContext
            FROM raw
            """.formatted(string(Story.ATTACKER_IP), string(Story.ATTACKER_IP), string(Story.ATTACKER_IP),
                    string(Story.ATTACKER_IP), string(Story.ATTACKER_IP));
    }

    @Override
    public String[] anyFields() {
        return new String[] {"[client.ipAddress]", "[actor.alternateId]", "[actor.alternateId]", "[]::VARCHAR[]",
            "[]::VARCHAR[]"};
    }

    @Override
    public String eventTime() {
        return "published";
    }
}
