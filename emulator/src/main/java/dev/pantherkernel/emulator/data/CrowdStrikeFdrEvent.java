package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.SnowflakeType.OBJECT;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.TIMESTAMP_NTZ;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.VARCHAR;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.string;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.timestamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CrowdStrike Falcon Data Replicator events (Panther's {@code Crowdstrike.FDREvent}, every FDR event type in one table,
 * {@code fdr_event_type} telling them apart): the managed laptops' AID master records, process starts, network
 * connections and DNS requests. The event's own fields are top-level columns and, whole, the {@code event} object.
 */
final class CrowdStrikeFdrEvent implements LogTable {
    /** The infostealer on the victim's laptop that sent their password to the attacker the day before the spray. */
    static final String STEALER = "/Users/jordan.lee/Downloads/ZoomInstaller.app/Contents/MacOS/zoom_helper";
    /** How the whole event writes its time, inside {@code event}. */
    private static final String EVENT_TIME = "%Y-%m-%dT%H:%M:%SZ";
    private static final String STEALER_SHA256 = "4f1c9b2e7d6a5c3b8e0f1a2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3";

    @Override
    public String name() {
        return "crowdstrike_fdrevent";
    }

    @Override
    public String logType() {
        return "Crowdstrike.FDREvent";
    }

    @Override
    public String sourceLabel() {
        return "CrowdStrike FDR";
    }

    @Override
    public String description() {
        return "CrowdStrike Falcon Data Replicator events of every type";
    }

    @Override
    public double rowShare() {
        return 0.4;
    }

    @Override
    public String randomRaw(long n) {
        return """
            SELECT i, ts, email, k, aip, type,
                   CASE type WHEN 'ProcessRollup2' THEN gen_pick(['/usr/bin/git', '/usr/bin/ssh', '/bin/zsh', '/usr/local/bin/python3',
                        '/Applications/Slack.app/Contents/MacOS/Slack', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
                        '/usr/local/bin/aws'], i, 'cs-image') END AS image,
                   CASE type WHEN 'NetworkConnectIP4' THEN gen_pick(['140.82.112.3', '52.95.110.1', '192.0.2.53', '10.0.1.20'], i, 'cs-remote')
                        END AS remote,
                   CASE type WHEN 'DnsRequest' THEN gen_pick(['github.com', 'slack.com', 'signin.aws.amazon.com', 'example.okta.com',
                        'docs.google.com'], i, 'cs-dns') END AS domain
            FROM (SELECT i, ts, gen_staff_email(k) AS email, k, %s AS aip,
                         CASE WHEN gen_u(i, 'cs-type') < 0.1 THEN 'aid_master' WHEN gen_u(i, 'cs-type') < 0.55 THEN 'ProcessRollup2'
                              WHEN gen_u(i, 'cs-type') < 0.8 THEN 'NetworkConnectIP4' ELSE 'DnsRequest' END AS type
                  FROM (SELECT i, gen_time(i, 'cs-fdr') AS ts, %s AS k
                        FROM (SELECT i, gen_k(i, 'cs-fdr-who', gen_staff_count()) AS k0 FROM range(%d) r(i))))
            """.formatted(CrowdStrikeHosts.aip("k", "ts", "i"), CrowdStrikeHosts.managed("k0"), n);
    }

    /** The victim's laptop, the evening before the spray: the fake installer starts and sends what it stole to the attacker. */
    @Override
    public String storyRaw(Story story, long firstId) {
        String email = story.victim().email();
        List<String> rows = new ArrayList<>();
        long id = firstId;
        rows.add(row(id++, story.at(-1510, 0), email, "ProcessRollup2", STEALER, null, null));
        rows.add(row(id++, story.at(-1509, 47), email, "DnsRequest", null, null, "updates.bulkhosting.example"));
        rows.add(row(id++, story.at(-1509, 48), email, "NetworkConnectIP4", null, story.attackerIp(), null));
        rows.add(row(id, story.at(-1452, 3), email, "NetworkConnectIP4", null, story.attackerIp(), null));
        // the victim was at home that evening: the laptop reported their home address
        return "SELECT i, ts, email, k, " + CrowdStrikeHosts.homeIp("k") + " AS aip, type, image, remote, domain FROM (SELECT *, "
                + "list_position(list_transform(range(gen_staff_count()), x -> gen_staff_email(x)), email) - 1 AS k FROM (VALUES "
                + String.join(",\n", rows) + ") v(i, ts, email, type, image, remote, domain))";
    }

    private static String row(long id, Instant ts, String email, String type, String image, String remote, String domain) {
        return "(%d::BIGINT, %s, %s, %s, %s::VARCHAR, %s::VARCHAR, %s::VARCHAR)".formatted(id, timestamp(ts), string(email),
                string(type), image == null ? "NULL" : string(image), remote == null ? "NULL" : string(remote),
                domain == null ? "NULL" : string(domain));
    }

    @Override
    public List<String> helpers() {
        return List.of(
                "type = 'aid_master' AS is_aid_master",
                "substr(md5(concat_ws('|', 'cs-pid', i)), 1, 12) AS pid",
                "CASE WHEN image = " + string(STEALER) + " THEN " + string(STEALER_SHA256) + " WHEN image IS NOT NULL "
                        + "THEN sha256('img|' || image) END AS sha256",
                "CASE WHEN image IS NOT NULL THEN md5('img|' || image) END AS md5_hash",
                "CASE WHEN type = 'ProcessRollup2' THEN 'ProcessRollup2MacV5' WHEN type = 'NetworkConnectIP4' THEN 'NetworkConnectIP4MacV5' "
                        + "WHEN type = 'DnsRequest' THEN 'DnsRequestMacV1' ELSE 'AidMaster' END AS event_name");
    }

    @Override
    public List<Field> fields() {
        String event = """
                gen_json({'aid': %s, 'aip': aip, 'cid': %s, 'event_platform': 'Mac',
                          'event_simpleName': CASE WHEN NOT is_aid_master THEN type END,
                          'id': gen_uuid(i, 'cs-id'), 'name': event_name, 'timestamp': strftime(ts, '%s'),
                          'ComputerName': CASE WHEN is_aid_master THEN %s END,
                          'ContextProcessId': CASE WHEN NOT is_aid_master THEN pid END,
                          'ImageFileName': image, 'CommandLine': CASE WHEN image IS NOT NULL THEN image END,
                          'SHA256HashData': sha256, 'MD5HashData': md5_hash,
                          'UserName': CASE WHEN type = 'ProcessRollup2' THEN split_part(email, '@', 1) END,
                          'RemoteAddressIP4': remote, 'RemotePort': CASE WHEN remote IS NOT NULL THEN '443' END,
                          'LocalAddressIP4': CASE WHEN remote IS NOT NULL THEN '10.20.' || (k %% 8) || '.' || (10 + k) END,
                          'DomainName': domain})""".formatted(CrowdStrikeHosts.aid("email"), string(CrowdStrikeHosts.CID),
                EVENT_TIME, CrowdStrikeHosts.computerName("email"));
        return List.of(
                new Field("aid", VARCHAR, "The sensor's agent id", CrowdStrikeHosts.aid("email")),
                new Field("aip", VARCHAR, "The host's external address, as the CrowdStrike cloud sees it", "aip"),
                new Field("cid", VARCHAR, "The customer id", string(CrowdStrikeHosts.CID)),
                new Field("ComputerName", VARCHAR, "The host's name (AID master records)",
                        "CASE WHEN is_aid_master THEN " + CrowdStrikeHosts.computerName("email") + " END"),
                new Field("CommandLine", VARCHAR, "The process's command line", "image"),
                new Field("ImageFileName", VARCHAR, "The process's executable", "image"),
                new Field("SHA256HashData", VARCHAR, "SHA256 of the executable", "sha256"),
                new Field("MD5HashData", VARCHAR, "MD5 of the executable", "md5_hash"),
                new Field("UserName", VARCHAR, "The user the process ran as",
                        "CASE WHEN type = 'ProcessRollup2' THEN split_part(email, '@', 1) END"),
                new Field("ContextProcessId", VARCHAR, "The process the event happened in", "CASE WHEN NOT is_aid_master THEN pid END"),
                new Field("RemoteAddressIP4", VARCHAR, "The connection's remote address", "remote"),
                new Field("RemotePort", VARCHAR, "The connection's remote port", "CASE WHEN remote IS NOT NULL THEN '443' END"),
                new Field("LocalAddressIP4", VARCHAR, "The connection's local address",
                        "CASE WHEN remote IS NOT NULL THEN '10.20.' || (coalesce(k, 0) % 8) || '.' || (10 + coalesce(k, 0)) END"),
                new Field("DomainName", VARCHAR, "The name a DNS request asked for", "domain"),
                new Field("event", OBJECT, "The whole FDR event", event),
                new Field("event_platform", VARCHAR, "The host's platform: Win, Mac, Lin", "'Mac'"),
                new Field("event_simpleName", VARCHAR, "The event's type (absent on AID master records)",
                        "CASE WHEN NOT is_aid_master THEN type END"),
                new Field("fdr_event_type", VARCHAR, "event_simpleName, else the record's type (aid_master)", "type"),
                new Field("id", VARCHAR, "The event's id", "gen_uuid(i, 'cs-id')"),
                new Field("name", VARCHAR, "The event's name with its version", "event_name"),
                new Field("timestamp", TIMESTAMP_NTZ, "When the CrowdStrike cloud received the event (UTC)", "ts"));
    }

    @Override
    public Map<String, String> indicators() {
        return Map.of(
                "p_any_ip_addresses", "[aip, RemoteAddressIP4, LocalAddressIP4]",
                "p_any_domain_names", "[DomainName]",
                "p_any_sha256_hashes", "[SHA256HashData]",
                "p_any_md5_hashes", "[MD5HashData]",
                "p_any_usernames", "[UserName]");
    }

    @Override
    public Map<String, String> enrichmentSelectors() {
        return Map.of("p_any_ip_addresses", "[aip, RemoteAddressIP4, LocalAddressIP4]");
    }

    @Override
    public List<TextTime> textTimes() {
        return List.of(TextTime.at("event", "$.timestamp", EVENT_TIME));
    }

    @Override
    public String eventTime() {
        return "\"timestamp\"";
    }

    @Override
    public String eventTimeField() {
        return "timestamp";
    }

    @Override
    public String headline() {
        return "fdr_event_type || ' on ' || aid || coalesce(' ' || ImageFileName, '') || coalesce(' -> ' || RemoteAddressIP4, '')";
    }
}
