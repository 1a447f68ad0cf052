package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.identifier;
import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.string;
import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.timestamp;

import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Panther's enrichment tables in {@code panther_lookups.public}, named and shaped as panther-analysis's lookup tables
 * ({@code lookup_tables/}) and the saved queries that read them: Tor exit nodes, IPinfo location, ASN and privacy by
 * network, and AlienVault OTX pulses, one row per indicator. They fit the story: the spraying address is a Tor exit
 * node in a hosting network in Amsterdam, and a pulse names it. Each also gives the SQL that enriches an event's address
 * ({@link #enrichment}): the matched row with {@code p_match}, as Panther writes it under {@code p_enrichment}.
 */
final class LookupTables {
    static final String DATABASE = "panther_lookups";

    /** What IPinfo knows of one /24 network the logs hold addresses of. */
    private record Network(String prefix, String city, String region, String regionCode, String country, String lat, String lng,
            String postalCode, String timezone, String asn, String asName, String asDomain, String asType, boolean hosting,
            boolean tor, String service) {}

    /** One OTX pulse and the indicators it lists. */
    private record Pulse(String id, String name, String description, String adversary, List<String> malwareFamilies,
            List<String> tags, List<String> industries, List<String> targetCountries, List<String> attackIds, String tlp,
            int createdDaysAgo, int modifiedDaysAgo, Map<String, String> indicators) {}

    private static final List<Network> NETWORKS = List.of(
            new Network("192.0.2", "San Francisco", "California", "CA", "US", "37.7749", "-122.4194", "94107", "America/Los_Angeles",
                    "AS64496", "Example ISP Inc.", "example.net", "isp", false, false, ""),
            new Network("198.51.100", "San Francisco", "California", "CA", "US", "37.7749", "-122.4194", "94110",
                    "America/Los_Angeles", "AS64496", "Example ISP Inc.", "example.net", "isp", false, false, ""),
            new Network("203.0.113", "Amsterdam", "North Holland", "NH", "NL", "52.3676", "4.9041", "1012", "Europe/Amsterdam",
                    "AS64501", "Bulk Hosting B.V.", "bulkhosting.example", "hosting", true, true, "Tor"));

    /** Tor exit nodes: the spraying address and a few of its neighbours (documentation addresses, RFC 5737). */
    static final List<String> TOR_EXIT_NODES = List.of(Story.ATTACKER_IP, "203.0.113.17", "203.0.113.23", "203.0.113.41",
            "203.0.113.88", "203.0.113.120");

    private static final List<Pulse> PULSES = List.of(
            new Pulse("65f1c0de5a1b2c3d4e5f6a01", "Password spraying of SSO portals from Tor exit relays",
                    "Low-and-slow password spraying against Okta and other SSO portals, sent through Tor exit relays, "
                            + "following infostealer infections that harvest saved browser passwords.",
                    "Example Spider", List.of("ZoomStealer"), List.of("password-spray", "okta", "tor", "infostealer"),
                    List.of("Technology"), List.of("US"), List.of("T1110.003", "T1555.003", "T1090.003"), "white", 9, 3,
                    orderedMap(Story.ATTACKER_IP, "IPv4", "203.0.113.17", "IPv4", "updates.bulkhosting.example", "domain",
                            "4f1c9b2e7d6a5c3b8e0f1a2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3", "FileHash-SHA256")),
            new Pulse("65f1c0de5a1b2c3d4e5f6a02", "SSH scanners in hosting networks",
                    "Hosts scanning the internet for SSH with weak passwords.", "", List.of(), List.of("ssh", "scanner"),
                    List.of(), List.of(), List.of("T1110.001"), "green", 20, 6,
                    orderedMap("203.0.113.41", "IPv4", "203.0.113.88", "IPv4")));

    private LookupTables() {}

    private static Map<String, String> orderedMap(String... keyValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put(keyValues[i], keyValues[i + 1]);
        }
        return out;
    }

    /** Each table's columns with their Snowflake types (the lookup row's fields, then Panther's standard fields). */
    static Map<String, Map<String, SnowflakeType>> columnTypes() {
        Map<String, Map<String, SnowflakeType>> out = new LinkedHashMap<>();
        out.put("tor_exit_nodes", columns("ip", SnowflakeType.VARCHAR));
        out.put("ipinfo_location", columns("cidrblock", SnowflakeType.VARCHAR, "city", SnowflakeType.VARCHAR, "country", SnowflakeType.VARCHAR,
                "lat", SnowflakeType.VARCHAR, "lng", SnowflakeType.VARCHAR, "postal_code", SnowflakeType.VARCHAR,
                "region", SnowflakeType.VARCHAR, "region_code", SnowflakeType.VARCHAR, "timezone", SnowflakeType.VARCHAR));
        out.put("ipinfo_asn", columns("cidrblock", SnowflakeType.VARCHAR, "asn", SnowflakeType.VARCHAR, "domain", SnowflakeType.VARCHAR,
                "name", SnowflakeType.VARCHAR, "route", SnowflakeType.VARCHAR, "type", SnowflakeType.VARCHAR));
        out.put("ipinfo_privacy", columns("range", SnowflakeType.VARCHAR, "hosting", SnowflakeType.BOOLEAN, "proxy", SnowflakeType.BOOLEAN,
                "relay", SnowflakeType.BOOLEAN, "tor", SnowflakeType.BOOLEAN, "vpn", SnowflakeType.BOOLEAN, "service", SnowflakeType.VARCHAR));
        out.put("otx_pulses", columns("id", SnowflakeType.VARCHAR, "name", SnowflakeType.VARCHAR, "description", SnowflakeType.VARCHAR,
                "created", SnowflakeType.TIMESTAMP_NTZ, "modified", SnowflakeType.TIMESTAMP_NTZ, "tags", SnowflakeType.ARRAY,
                "industries", SnowflakeType.ARRAY, "malware_families", SnowflakeType.ARRAY, "references", SnowflakeType.ARRAY,
                "tlp", SnowflakeType.VARCHAR, "adversary", SnowflakeType.VARCHAR, "target_countries", SnowflakeType.ARRAY,
                "attack_ids", SnowflakeType.ARRAY, "indicator", SnowflakeType.VARCHAR, "indicator_type", SnowflakeType.VARCHAR,
                "indicator_created", SnowflakeType.TIMESTAMP_NTZ, "indicator_expiration", SnowflakeType.TIMESTAMP_NTZ));
        return out;
    }

    /** The Panther log type (schema) of each table, as panther-analysis's lookup tables name them. */
    static Map<String, String> logTypes() {
        return Map.of("tor_exit_nodes", "Tor.ExitNode", "ipinfo_location", "IPInfo.LocationCIDR", "ipinfo_asn", "IPInfo.ASNCIDR",
                "ipinfo_privacy", "IPInfo.PrivacyCIDR", "otx_pulses", "OTX.Pulses");
    }

    private static Map<String, SnowflakeType> columns(Object... nameTypes) {
        Map<String, SnowflakeType> out = new LinkedHashMap<>();
        for (int i = 0; i < nameTypes.length; i += 2) {
            out.put((String) nameTypes[i], (SnowflakeType) nameTypes[i + 1]);
        }
        out.put("p_event_time", SnowflakeType.TIMESTAMP_NTZ);
        out.put("p_parse_time", SnowflakeType.TIMESTAMP_NTZ);
        out.put("p_log_type", SnowflakeType.VARCHAR);
        out.put("p_row_id", SnowflakeType.VARCHAR);
        out.put("p_schema_version", SnowflakeType.NUMBER);
        return out;
    }

    /** Attaches {@code panther_lookups} and fills its tables, as refreshed shortly before {@code anchor}. */
    static void load(Statement s, Instant anchor) throws SQLException {
        s.execute("ATTACH ':memory:' AS " + DATABASE);
        s.execute("CREATE SCHEMA " + DATABASE + ".public");
        Instant torRefresh = anchor.minus(Duration.ofMinutes(40));
        Instant ipinfoRefresh = anchor.minus(Duration.ofHours(7));
        create(s, "tor_exit_nodes", "Tor exit nodes (https://torproject.org), refreshed every hour",
                TOR_EXIT_NODES.stream().map(ip -> List.of(string(ip))).toList(), torRefresh);
        create(s, "ipinfo_location", "IPinfo location of IP networks", NETWORKS.stream().map(n -> List.of(string(n.prefix() + ".0/24"),
                string(n.city()), string(n.country()), string(n.lat()), string(n.lng()), string(n.postalCode()), string(n.region()),
                string(n.regionCode()), string(n.timezone()))).toList(), ipinfoRefresh);
        create(s, "ipinfo_asn", "IPinfo ASN (owner) of IP networks", NETWORKS.stream().map(n -> List.of(string(n.prefix() + ".0/24"),
                string(n.asn()), string(n.asDomain()), string(n.asName()), string(n.prefix() + ".0/24"), string(n.asType()))).toList(),
                ipinfoRefresh);
        create(s, "ipinfo_privacy", "IPinfo privacy data (proxy, relay, VPN, Tor, hosting) of IP networks",
                NETWORKS.stream().map(n -> List.of(string(n.prefix() + ".0/24"), bool(n.hosting()), "false", "false", bool(n.tor()),
                        "false", string(n.service()))).toList(), ipinfoRefresh);
        List<List<String>> pulseRows = new ArrayList<>();
        for (Pulse p : PULSES) {
            Instant created = anchor.minus(Duration.ofDays(p.createdDaysAgo())).minus(Duration.ofMinutes(137));
            Instant modified = anchor.minus(Duration.ofDays(p.modifiedDaysAgo())).minus(Duration.ofMinutes(53));
            // the indicators do not expire (OTX leaves the expiration empty unless the author set one)
            for (Map.Entry<String, String> indicator : p.indicators().entrySet()) {
                pulseRows.add(List.of(string(p.id()), string(p.name()), string(p.description()), timestamp(created), timestamp(modified),
                        json(p.tags()), json(p.industries()), json(p.malwareFamilies()),
                        json(List.of("https://otx.alienvault.com/pulse/" + p.id())), string(p.tlp()), string(p.adversary()),
                        json(p.targetCountries()), json(p.attackIds()), string(indicator.getKey()), string(indicator.getValue()),
                        timestamp(created), "NULL"));
            }
        }
        create(s, "otx_pulses", "AlienVault OTX pulses, one row per indicator", pulseRows, null);
    }

    private static void create(Statement s, String table, String description, List<List<String>> rows, Instant refreshed)
            throws SQLException {
        Map<String, SnowflakeType> columns = columnTypes().get(table);
        List<String> fields = columns.keySet().stream().filter(c -> !c.startsWith("p_")).toList();
        List<String> select = new ArrayList<>();
        for (String field : fields) {
            select.add("CAST(" + identifier(field) + " AS " + columns.get(field).duckDbType() + ") AS " + identifier(field));
        }
        // a pulse's rows are as new as the pulse; the other tables as new as their last refresh
        String eventTime = refreshed == null ? "CAST(modified AS TIMESTAMP)" : timestamp(refreshed);
        String values = rows.stream().map(r -> "(" + String.join(", ", r) + ")").collect(Collectors.joining(",\n"));
        s.execute("""
                CREATE TABLE %s.public.%s AS
                SELECT %s, %s AS p_event_time, %s + INTERVAL 2 MINUTE AS p_parse_time, %s AS p_log_type,
                       md5(%s || '|' || row_number() OVER ()) AS p_row_id, CAST(0 AS BIGINT) AS p_schema_version
                FROM (VALUES %s) v(%s)
                """.formatted(DATABASE, table, String.join(", ", select), eventTime, eventTime, string(logTypes().get(table)),
                string(table), values, fields.stream().map(f -> identifier(f)).collect(Collectors.joining(", "))));
        s.execute("COMMENT ON TABLE %s.public.%s IS %s".formatted(DATABASE, table, string(description)));
    }

    private static String bool(boolean b) {
        return Boolean.toString(b);
    }

    private static String json(List<String> values) {
        return "to_json(" + (values.isEmpty() ? "CAST([] AS VARCHAR[])" : "[" + values.stream().map(v -> string(v))
                .collect(Collectors.joining(", ")) + "]") + ")";
    }

    /**
     * TEMP macros {@code lut_<table>(ip)}: the table's row for an address (JSON, with {@code p_match} the address), or NULL.
     * Written from the same facts the tables hold, so generating an event needs no join.
     */
    static List<String> enrichmentMacros() {
        List<String> out = new ArrayList<>();
        out.add("CREATE TEMP MACRO lut_tor_exit_nodes(ip) AS CASE WHEN ip IN (" + TOR_EXIT_NODES.stream().map(v -> string(v))
                .collect(Collectors.joining(", ")) + ") THEN json_object('ip', ip, 'p_match', ip) END");
        out.add(networkMacro("ipinfo_location", n -> "'city', " + string(n.city()) + ", 'country', " + string(n.country()) + ", 'lat', "
                + string(n.lat()) + ", 'lng', " + string(n.lng()) + ", 'postal_code', " + string(n.postalCode()) + ", 'region', "
                + string(n.region()) + ", 'region_code', " + string(n.regionCode()) + ", 'timezone', " + string(n.timezone())));
        out.add(networkMacro("ipinfo_asn", n -> "'asn', " + string(n.asn()) + ", 'domain', " + string(n.asDomain()) + ", 'name', "
                + string(n.asName()) + ", 'route', " + string(n.prefix() + ".0/24") + ", 'type', " + string(n.asType())));
        out.add(networkMacro("ipinfo_privacy", n -> "'hosting', " + n.hosting() + ", 'proxy', false, 'relay', false, 'service', "
                + string(n.service()) + ", 'tor', " + n.tor() + ", 'vpn', false"));
        StringBuilder otx = new StringBuilder("CREATE TEMP MACRO lut_otx_pulses(ip) AS CASE ip");
        for (Pulse p : PULSES) {
            for (Map.Entry<String, String> indicator : p.indicators().entrySet()) {
                if (indicator.getValue().equals("IPv4")) {
                    otx.append(" WHEN ").append(string(indicator.getKey())).append(" THEN json_object('id', ").append(string(p.id()))
                            .append(", 'name', ").append(string(p.name())).append(", 'adversary', ").append(string(p.adversary()))
                            .append(", 'malware_families', ").append(json(p.malwareFamilies())).append(", 'tags', ").append(json(p.tags()))
                            .append(", 'attack_ids', ").append(json(p.attackIds())).append(", 'tlp', ").append(string(p.tlp()))
                            .append(", 'indicator', ip, 'indicator_type', 'IPv4', 'p_match', ip)");
                }
            }
        }
        out.add(otx.append(" END").toString());
        return out;
    }

    /** The enrichment tables an event's addresses are looked up in, in the order {@code p_enrichment} lists them. */
    static List<String> enrichmentTables() {
        return List.of("ipinfo_asn", "ipinfo_location", "ipinfo_privacy", "otx_pulses", "tor_exit_nodes");
    }

    private static String networkMacro(String table, Function<Network, String> fields) {
        StringBuilder sql = new StringBuilder("CREATE TEMP MACRO lut_" + table + "(ip) AS CASE regexp_extract(ip, '^(\\d+\\.\\d+\\.\\d+)\\.', 1)");
        for (Network n : NETWORKS) {
            sql.append(" WHEN ").append(string(n.prefix())).append(" THEN json_object(").append(fields.apply(n)).append(", 'p_match', ip)");
        }
        return sql.append(" END").toString();
    }

    /**
     * SQL of an event's {@code p_enrichment}: for each enrichment table that knows one of the event's addresses, each
     * selector (a field path as the lookup table names it) with the matched row, or, for an indicator column selector,
     * the list of matched rows; NULL when nothing matched.
     *
     * The selectors go in name order whatever map they come in: a {@code Map.of} iterates in an order drawn afresh in
     * every JVM, and the packed demo, made in the build's JVM, must hold what a later JVM generates.
     *
     * @param selectors selector to SQL of its address (or, for a {@code p_any_*} selector, of its list of addresses)
     */
    static String enrichment(Map<String, String> selectors) {
        List<String> perTable = new ArrayList<>();
        for (String table : enrichmentTables()) {
            List<String> members = new ArrayList<>();
            for (Map.Entry<String, String> selector : new TreeMap<>(selectors).entrySet()) {
                String value = selector.getKey().startsWith("p_any_")
                        ? "CAST(nullif(to_json(list_filter(list_transform(" + selector.getValue() + ", x -> lut_" + table + "(x)), "
                                + "y -> y IS NOT NULL)), '[]') AS JSON)"
                        : "lut_" + table + "(" + selector.getValue() + ")";
                members.add(string(selector.getKey()) + ", " + value);
            }
            perTable.add(string(table) + ", nullif(json_merge_patch('{}', json_object(" + String.join(", ", members) + ")), '{}')");
        }
        return "CAST(nullif(json_merge_patch('{}', json_object(" + String.join(", ", perTable) + ")), '{}') AS JSON)";
    }
}
