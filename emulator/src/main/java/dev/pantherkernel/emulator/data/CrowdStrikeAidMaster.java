package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.SnowflakeType.NUMBER;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.TIMESTAMP_NTZ;
import static dev.pantherkernel.emulator.datalake.SnowflakeType.VARCHAR;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.string;

import java.util.List;
import java.util.Map;

/**
 * CrowdStrike Falcon Data Replicator's AID master records (Panther's legacy log type {@code Crowdstrike.AIDMaster}): each
 * managed laptop's sensor reporting who it is and the address it is seen from ({@code aip}), every few hours.
 */
final class CrowdStrikeAidMaster implements LogTable {
    @Override
    public String name() {
        return "crowdstrike_aidmaster";
    }

    @Override
    public String logType() {
        return "Crowdstrike.AIDMaster";
    }

    @Override
    public String sourceLabel() {
        return "CrowdStrike FDR (legacy)";
    }

    @Override
    public String description() {
        return "Sensor and host information provided by Falcon Insight";
    }

    @Override
    public double rowShare() {
        return 0.1;
    }

    @Override
    public String randomRaw(long n) {
        return """
            SELECT i, ts, gen_staff_email(k) AS email, k, %s AS aip
            FROM (SELECT i, gen_time(i, 'cs-aid') AS ts, %s AS k
                  FROM (SELECT i, gen_k(i, 'cs-aid-who', gen_staff_count()) AS k0 FROM range(%d) r(i)))
            """.formatted(CrowdStrikeHosts.aip("k", "ts", "i"), CrowdStrikeHosts.managed("k0"), n);
    }

    @Override
    public String storyRaw(Story story, long firstId) {
        return "SELECT * FROM (SELECT NULL::BIGINT AS i, NULL::TIMESTAMP AS ts, NULL::VARCHAR AS email, NULL::BIGINT AS k, "
                + "NULL::VARCHAR AS aip) WHERE false";
    }

    @Override
    public List<Field> fields() {
        return List.of(
                new Field("Time", TIMESTAMP_NTZ, "When the CrowdStrike cloud received the event (UTC)", "ts"),
                new Field("aid", VARCHAR, "The sensor's agent id", CrowdStrikeHosts.aid("email")),
                new Field("aip", VARCHAR, "The host's external address, as the CrowdStrike cloud sees it", "aip"),
                new Field("cid", VARCHAR, "The customer id", string(CrowdStrikeHosts.CID)),
                new Field("AgentLoadFlags", VARCHAR, "How the sensor loaded", "'0'"),
                new Field("AgentLocalTime", TIMESTAMP_NTZ, "The host's clock when the event was made", "ts - INTERVAL 1 SECOND"),
                new Field("AgentTimeOffset", VARCHAR, "The host clock's offset from the cloud's, in seconds", "'0.012'"),
                new Field("AgentVersion", VARCHAR, "The sensor's version", "'7.14.17706.0'"),
                new Field("BiosManufacturer", VARCHAR, "The firmware's maker", "'Apple Inc.'"),
                new Field("BiosVersion", VARCHAR, "The firmware's version", "'10151.101.3'"),
                new Field("ChassisType", VARCHAR, "The kind of machine", "'Laptop'"),
                new Field("City", VARCHAR, "The city the host is seen in", "'San Francisco'"),
                new Field("ComputerName", VARCHAR, "The host's name", CrowdStrikeHosts.computerName("email")),
                new Field("ConfigBuild", VARCHAR, "The sensor's configuration build", "'1007.4.0017706.11'"),
                new Field("Continent", VARCHAR, "The continent the host is seen in", "'North America'"),
                new Field("Country", VARCHAR, "The country the host is seen in", "'United States of America'"),
                new Field("FirstSeen", TIMESTAMP_NTZ, "When the sensor first reported",
                        "date_trunc('day', gen_anchor()) - INTERVAL 400 DAY + to_days(CAST(k * 3 AS INTEGER))"),
                new Field("MachineDomain", VARCHAR, "The host's domain", "'corp.example.com'"),
                new Field("OU", VARCHAR, "The organizational unit of the host", "'Laptops'"),
                new Field("ProductType", VARCHAR, "1 workstation, 2 domain controller, 3 server", "'1'"),
                new Field("SystemManufacturer", VARCHAR, "The machine's maker", "'Apple Inc.'"),
                new Field("SystemProductName", VARCHAR, "The machine's model", "'MacBookPro18,3'"),
                new Field("Timezone", VARCHAR, "The host's time zone", "'America/Los_Angeles'"),
                new Field("Version", VARCHAR, "The operating system's version", "'macOS 14.4'"),
                new Field("event_platform", VARCHAR, "The host's platform: Win, Mac, Lin", "'Mac'"),
                new Field("HostHiddenStatus", NUMBER, "Whether the host is hidden in the console", "0"));
    }

    @Override
    public Map<String, String> indicators() {
        return Map.of("p_any_ip_addresses", "[aip]", "p_any_domain_names", "[MachineDomain]");
    }

    @Override
    public Map<String, String> enrichmentSelectors() {
        return Map.of("aip", "aip");
    }

    @Override
    public String eventTime() {
        return "\"Time\"";
    }

    @Override
    public String eventTimeField() {
        return "Time";
    }

    @Override
    public String headline() {
        return "ComputerName || ' seen from ' || aip";
    }
}
