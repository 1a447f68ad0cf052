package dev.pantherkernel.emulator.data;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LookupTablesTest {

    @Test
    void anEventsEnrichmentIsTheSameWhateverOrderItsSelectorsComeIn() {
        Map<String, String> oneWay = new LinkedHashMap<>();
        oneWay.put("sourceIPAddress", "sourceIPAddress");
        oneWay.put("p_any_ip_addresses", "p_any_ip_addresses");
        Map<String, String> otherWay = new LinkedHashMap<>();
        otherWay.put("p_any_ip_addresses", "p_any_ip_addresses");
        otherWay.put("sourceIPAddress", "sourceIPAddress");

        assertThat(LookupTables.enrichment(oneWay)).isEqualTo(LookupTables.enrichment(otherWay));
    }
}
