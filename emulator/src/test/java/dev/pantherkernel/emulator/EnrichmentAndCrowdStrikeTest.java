package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default demo holds what Panther's public content reads beyond the log tables: CrowdStrike's tables and the
 * enrichment tables of {@code panther_lookups}, with {@code p_enrichment} on the events whose addresses they know. The
 * saved queries are panther-analysis's own text (test resources naming their file), run through GraphQL.
 */
class EnrichmentAndCrowdStrikeTest {
    private static PantherEmulator emulator;
    private static DataLakeClient lake;

    @BeforeAll
    static void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().build());
        lake = new DataLakeClient(new ApiClient(emulator.url(), emulator.token()));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS_Authentication_from_CrowdStrike_Unmanaged_Device_FDREvent",
        "AWS_Authentication_from_CrowdStrike_Unmanaged_Device_Query", "Okta_Login_From_CrowdStrike_Unmanaged_Device_FDREvent",
        "Okta_Login_From_CrowdStrike_Unmanaged_Device_Query", "otx_high_impact_pulses", "otx_pulses_summary"})
    void pantherAnalysisSavedQueryReturnsRowsInTheDemo(String query) {
        List<JsonNode> rows = lake.run(resource("/panther-analysis-queries/" + query + ".sql"));
        assertThat(rows).as(query).isNotEmpty();
    }

    @Test
    void thePublicSavedQueryOverTorExitNodesIsRefusedAsSnowflakeRefusesIt() {
        String id = lake.execute(resource("/panther-analysis-queries/kubernetes_ioc_activity_query.sql"), null);
        JsonNode done = lake.await(id);
        assertThat(done.path("status").asText()).isEqualTo("failed");
        assertThat(done.path("message").asText()).as("why").contains("syntax error").contains("unexpected 'INNER'");
    }

    @Test
    void theUnmanagedDeviceQueriesFindThePersonWithoutACrowdStrikeLaptopAndNotTheManagedOnes() {
        List<JsonNode> okta = lake.run(resource("/panther-analysis-queries/Okta_Login_From_CrowdStrike_Unmanaged_Device_Query.sql"));
        List<String> managedAddresses = lake.run("SELECT DISTINCT aip FROM panther_logs.public.crowdstrike_aidmaster "
                + "WHERE p_occurs_since('3 days')").stream().map(r -> r.path("aip").asText()).toList();
        assertThat(managedAddresses).contains("192.0.2.10", "192.0.2.11");
        assertThat(okta).allSatisfy(r -> assertThat(managedAddresses).doesNotContain(ip(r.path("client"))));
    }

    @Test
    void theSprayingAddressIsATorExitNode() {
        assertThat(lake.run("SELECT ip FROM panther_lookups.public.tor_exit_nodes")).extracting(r -> r.path("ip").asText())
                .contains("203.0.113.9");
    }

    @Test
    void aThreatIntelPulseNamesTheSprayingAddress() {
        List<JsonNode> rows = lake.run("SELECT name, adversary FROM panther_lookups.public.otx_pulses "
                + "WHERE indicator = '203.0.113.9' AND indicator_type = 'IPv4'");
        assertThat(rows).extracting(r -> r.path("name").asText()).containsExactly("Password spraying of SSO portals from Tor exit relays");
    }

    @Test
    void theSprayersOktaEventsCarryTheirEnrichment() {
        List<JsonNode> rows = lake.run("""
                SELECT p_enrichment:tor_exit_nodes:"client.ipAddress":ip::string AS tor,
                       p_enrichment:ipinfo_location:"client.ipAddress":country::string AS country,
                       p_enrichment:ipinfo_asn:"client.ipAddress":asn::string AS asn,
                       p_enrichment:otx_pulses:"client.ipAddress":name::string AS pulse,
                       p_enrichment:ipinfo_privacy:"client.ipAddress":tor::boolean AS via_tor
                FROM panther_logs.public.okta_systemlog WHERE client:ipAddress = '203.0.113.9'""");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30).allSatisfy(r -> {
            assertThat(r.path("tor").asText()).isEqualTo("203.0.113.9");
            assertThat(r.path("country").asText()).isEqualTo("NL");
            assertThat(r.path("asn").asText()).isEqualTo("AS64501");
            assertThat(r.path("pulse").asText()).isEqualTo("Password spraying of SSO portals from Tor exit relays");
            assertThat(r.path("via_tor").asBoolean()).isTrue();
        });
    }

    @Test
    void anOfficeLoginIsEnrichedByIpinfoButIsNoTorExitNode() {
        List<JsonNode> rows = lake.run("""
                SELECT p_enrichment:ipinfo_location:"client.ipAddress":city::string AS city,
                       p_enrichment:tor_exit_nodes AS tor
                FROM panther_logs.public.okta_systemlog WHERE client:ipAddress = '192.0.2.10' LIMIT 5""");
        assertThat(rows).hasSize(5).allSatisfy(r -> {
            assertThat(r.path("city").asText()).isEqualTo("San Francisco");
            assertThat(r.path("tor").isNull()).isTrue();
        });
    }

    @Test
    void theVictimsLaptopTalkedToTheSprayingAddressBeforeTheSprayAndItsEventSaysSo() {
        List<JsonNode> rows = lake.run("""
                SELECT e.ComputerName, f.aid, f.p_enrichment:tor_exit_nodes:p_any_ip_addresses[0]:ip::string AS tor
                FROM panther_logs.public.crowdstrike_fdrevent f
                JOIN panther_logs.public.crowdstrike_aidmaster e ON e.aid = f.aid
                JOIN panther_lookups.public.tor_exit_nodes t ON t.ip = f.RemoteAddressIP4
                WHERE f.fdr_event_type = 'NetworkConnectIP4'
                QUALIFY ROW_NUMBER() OVER (PARTITION BY f.id ORDER BY e.Time DESC) = 1""");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path("ComputerName").asText()).isEqualTo("ACME-MBP-JORDAN-LEE");
            assertThat(r.path("tor").asText()).isEqualTo("203.0.113.9");
        });
    }

    @Test
    void theCatalogListsTheLookupDatabaseAndTheCrowdStrikeTables() {
        JsonNode databases = new ApiClient(emulator.url(), emulator.token())
                .data("{ dataLakeDatabases { name tables { name logType } } }").path("dataLakeDatabases");
        List<String> names = StreamSupport.stream(databases.spliterator(), false).map(d -> d.path("name").asText()).toList();
        assertThat(names).contains("panther_logs.public", "panther_rule_matches.public", "panther_lookups.public");
        JsonNode lookups = StreamSupport.stream(databases.spliterator(), false)
                .filter(d -> d.path("name").asText().equals("panther_lookups.public")).findFirst().orElseThrow();
        assertThat(StreamSupport.stream(lookups.path("tables").spliterator(), false).map(t -> t.path("name").asText()).toList())
                .containsExactlyInAnyOrder("ipinfo_asn", "ipinfo_location", "ipinfo_privacy", "otx_pulses", "tor_exit_nodes");
        JsonNode logs = StreamSupport.stream(databases.spliterator(), false)
                .filter(d -> d.path("name").asText().equals("panther_logs.public")).findFirst().orElseThrow();
        assertThat(StreamSupport.stream(logs.path("tables").spliterator(), false).map(t -> t.path("logType").asText()).toList())
                .contains("Crowdstrike.FDREvent", "Crowdstrike.AIDMaster");
    }

    private static String ip(JsonNode client) {
        try {
            JsonNode parsed = client.isTextual() ? new ObjectMapper().readTree(client.asText()) : client;
            return parsed.path("ipAddress").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = EnrichmentAndCrowdStrikeTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
