package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dialect suite: Snowflake queries of the kinds analysts write (paths, casts, FLATTEN, date buckets, windows,
 * QUALIFY, hunts and detections over the sample story, joins across log types), each run over real HTTP and checked
 * for the rows Snowflake would give. The cases live in {@code snowflake-dialect.txt}: a {@code ##} line names the
 * case, the SQL follows, and {@code =>} gives the expected rows as JSON (numbers compare by value) or
 * {@code => error: text} a failure whose message holds the text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnowflakeDialectTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PantherEmulator emulator;
    private DataLakeClient lake;

    record Case(String name, String sql, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.02).build());
        lake = new DataLakeClient(new ApiClient(emulator.url(), emulator.token()));
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void snowflakeQueriesGiveTheRowsSnowflakeWould(Case c) throws IOException {
        JsonNode done = lake.await(lake.execute(c.sql(), null));
        if (c.expected().startsWith("error:")) {
            assertThat(done.path("status").asText()).as(c.sql()).isEqualTo("failed");
            assertThat(done.path("message").asText()).as(c.sql()).contains(c.expected().substring("error:".length()).strip());
            return;
        }
        assertThat(done.path("status").asText()).as(c.sql() + "\n" + done.path("message").asText()).isEqualTo("succeeded");
        List<JsonNode> rows = lake.rows(done.path("id").asText(), 999);
        JsonNode expected = JSON.readTree(c.expected());
        assertThat(sameValues(JSON.valueToTree(rows), expected))
                .as("%s%nexpected %s%n     got %s", c.sql(), expected, rows).isTrue();
    }

    @Test
    void columnInfoNamesTheTypesAsSnowflakeDoesAndAPathIsAVariant() {
        String id = lake.execute("SELECT userIdentity, userIdentity:arn, userIdentity:arn::string AS arn, resources, "
                + "requestParameters, p_any_ip_addresses, eventTime, readOnly, PARSE_JSON('1') AS v, 1 AS n, 1.5::FLOAT AS f "
                + "FROM aws_cloudtrail LIMIT 1", null);
        lake.await(id);
        JsonNode types = lake.page(id, null, 10).path("columnInfo").path("types");
        assertThat(JSON.convertValue(types, Map.class)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("userIdentity", "OBJECT"), Map.entry("userIdentity:arn", "VARIANT"), Map.entry("arn", "VARCHAR"),
                Map.entry("resources", "ARRAY"), Map.entry("requestParameters", "VARIANT"),
                Map.entry("p_any_ip_addresses", "ARRAY"), Map.entry("eventTime", "TIMESTAMP_NTZ"), Map.entry("readOnly", "BOOLEAN"),
                Map.entry("v", "VARIANT"), Map.entry("n", "NUMBER"), Map.entry("f", "FLOAT")));
    }

    static Stream<Case> cases() throws IOException {
        String text;
        try (InputStream in = SnowflakeDialectTest.class.getResourceAsStream("/snowflake-dialect.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("## ")) {
                name = line.substring(3).strip();
                sql.setLength(0);
            } else if (line.startsWith("=> ") && name != null) {
                cases.add(new Case(name, sql.toString().strip(), line.substring(3).strip()));
                name = null;
            } else if (name != null) {
                sql.append(line).append('\n');
            }
        }
        return cases.stream();
    }

    /** JSON equality where numbers compare by value (1 and 1.0 are the same number). */
    private static boolean sameValues(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!sameValues(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<String> names = a.fieldNames(); names.hasNext();) {
                String n = names.next();
                if (!b.has(n) || !sameValues(a.get(n), b.get(n))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
