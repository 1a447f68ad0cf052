package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.datalake.ResultCase;
import dev.pantherkernel.emulator.datalake.ResultTypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Result column names in Snowflake's case and result types in each spelling a client may meet. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultShapeTest {
    private static final String SQL = """
            SELECT p_event_time AS eventTime, eventType, count(*) AS events, avg(1.5) AS ratio, true AS flag,
                   any_value(actor) AS actor, any_value(p_any_ip_addresses) AS ips
            FROM okta_systemlog WHERE p_occurs_since('30 days') GROUP BY 1, 2 ORDER BY 1 LIMIT 3""";

    private final List<PantherEmulator> started = new ArrayList<>();

    private DataLakeClient lake(EmulatorOptions.Builder options) {
        PantherEmulator emulator = PantherEmulator.start(options.scale(0.02).build());
        started.add(emulator);
        return new DataLakeClient(new ApiClient(emulator.url(), emulator.token()));
    }

    private DataLakeClient upperLake;

    @BeforeAll
    void start() {
        upperLake = lake(EmulatorOptions.newEmulatorOptions().resultCase(ResultCase.UPPER));
    }

    @AfterAll
    void stop() {
        started.forEach(PantherEmulator::close);
    }

    private static JsonNode firstPage(DataLakeClient lake) {
        String id = lake.execute(SQL, null);
        assertThat(lake.await(id).path("status").asText()).isEqualTo("succeeded");
        return lake.page(id, null, 999);
    }

    @Test
    void upperCaseResultsNameEveryColumnAndRowKeyInUpperCaseButKeepNestedKeys() {
        JsonNode page = firstPage(upperLake);

        List<String> order = new ArrayList<>();
        page.path("columnInfo").path("order").forEach(n -> order.add(n.asText()));
        assertThat(order).containsExactly("EVENTTIME", "EVENTTYPE", "EVENTS", "RATIO", "FLAG", "ACTOR", "IPS");
        assertThat(page.path("columnInfo").path("types").path("EVENTTIME").asText()).isEqualTo("TIMESTAMP_NTZ");
        JsonNode row = page.path("edges").path(0).path("node");
        List<String> keys = new ArrayList<>();
        row.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(order);
        assertThat(row.path("ACTOR").has("alternateId")).as("a nested object keeps its keys: %s", row).isTrue();
        assertThat(row.path("EVENTS").asLong()).isPositive();
    }

    @Test
    void snowflakeLowerTypeNamesAreThoseOfSnowflakesResultMetadata() {
        JsonNode types = firstPage(lake(EmulatorOptions.newEmulatorOptions().typeNames(ResultTypeNames.SNOWFLAKE_LOWER)))
                .path("columnInfo").path("types");

        assertThat(Map.of("eventTime", types.path("eventTime").asText(), "eventType", types.path("eventType").asText(),
                "events", types.path("events").asText(), "ratio", types.path("ratio").asText(),
                "flag", types.path("flag").asText(), "actor", types.path("actor").asText(), "ips", types.path("ips").asText()))
                .isEqualTo(Map.of("eventTime", "timestamp_ntz", "eventType", "text", "events", "fixed", "ratio", "real",
                        "flag", "boolean", "actor", "object", "ips", "array"));
    }

    @Test
    void sqlTypeNamesCarryTheirParameters() {
        JsonNode types = firstPage(lake(EmulatorOptions.newEmulatorOptions().typeNames(ResultTypeNames.SQL)))
                .path("columnInfo").path("types");

        assertThat(types.path("eventTime").asText()).isEqualTo("TIMESTAMP_NTZ(9)");
        assertThat(types.path("eventType").asText()).isEqualTo("VARCHAR(16777216)");
        assertThat(types.path("events").asText()).isEqualTo("NUMBER(38,0)");
        assertThat(types.path("ratio").asText()).isEqualTo("FLOAT");
    }

    @Test
    void withoutTypeNamesColumnInfoHasTheOrderButNoTypes() {
        JsonNode info = firstPage(lake(EmulatorOptions.newEmulatorOptions().typeNames(ResultTypeNames.NONE))).path("columnInfo");

        assertThat(info.path("order").size()).isEqualTo(7);
        assertThat(info.path("types").size()).isZero();
    }

    @Test
    void respellingKeepsAnUnforeseenNameAndReadsParameters() {
        assertThat(ResultTypeNames.SNOWFLAKE_LOWER.respell(Map.of("a", "GEOGRAPHY", "b", "NUMBER(18,3)")))
                .isEqualTo(Map.of("a", "geography", "b", "fixed"));
        assertThat(ResultTypeNames.SQL.respell(Map.of("a", "TIMESTAMP_TZ", "b", "VARIANT")))
                .isEqualTo(Map.of("a", "TIMESTAMP_TZ(9)", "b", "VARIANT"));
        assertThat(ResultTypeNames.parse("snowflake-lower")).isEqualTo(ResultTypeNames.SNOWFLAKE_LOWER);
    }
}
