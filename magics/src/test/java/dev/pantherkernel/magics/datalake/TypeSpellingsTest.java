package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.datalake.ResultCase;
import dev.pantherkernel.emulator.datalake.ResultTypeNames;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Result types in each spelling a Panther may use (Snowflake's documented names, its lower-case result metadata,
 * SQL forms with parameters, none at all), with column names upper-cased as Snowflake returns them: over real HTTP
 * against an emulator answering that way, every column comes out typed.
 */
class TypeSpellingsTest {

    private static final String SQL = """
            SELECT TIMESTAMP '2024-05-01 13:45:00.250' AS at, count(*) AS n, 1.5::DOUBLE AS ratio,
                   12.25::DECIMAL(10,2) AS price, true AS flag, 'text' AS name, {'k': 1} AS obj, [1, 2] AS list,
                   DATE '2024-05-01' AS day
            FROM TABLE(GENERATOR(ROWCOUNT => 3))""";
    private static final Map<ResultTypeNames, PantherEmulator> EMULATORS = new EnumMap<>(ResultTypeNames.class);

    private static synchronized Connection connection(ResultTypeNames typeNames) {
        PantherEmulator emulator = EMULATORS.computeIfAbsent(typeNames, t -> PantherEmulator.start(
                EmulatorOptions.newEmulatorOptions().scale(0.01).typeNames(t).resultCase(ResultCase.UPPER).build()));
        return new PantherSession(new RecordingHost(), Environment.of(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", emulator.token()), Sessions.home()), ClientOptions.defaults()).connection();
    }

    @AfterAll
    static void stop() {
        EMULATORS.values().forEach(PantherEmulator::close);
    }

    @ParameterizedTest(name = "type names: {0}")
    @EnumSource(ResultTypeNames.class)
    void everyColumnIsTypedWhateverTheSpellingOfItsType(ResultTypeNames typeNames) {
        Result result = DataLakeQuery.sql(connection(typeNames), SQL).fetch();
        Table table = result.table();

        assertThat(table.columnNames()).containsExactly("AT", "N", "RATIO", "PRICE", "FLAG", "NAME", "OBJ", "LIST", "DAY");
        assertThat(table.column("at")).isInstanceOf(InstantColumn.class);
        assertThat(table.instantColumn("at").get(0)).isEqualTo(Instant.parse("2024-05-01T13:45:00.250Z"));
        assertThat(table.column("n")).isInstanceOf(LongColumn.class);
        assertThat(table.longColumn("n").get(0)).isEqualTo(3L);
        assertThat(table.column("ratio")).isInstanceOf(DoubleColumn.class);
        assertThat(table.column("price")).isInstanceOf(DoubleColumn.class);
        assertThat(table.doubleColumn("price").get(0)).isEqualTo(12.25);
        assertThat(table.column("flag")).isInstanceOf(BooleanColumn.class);
        assertThat(table.column("name")).isInstanceOf(StringColumn.class);
        assertThat(table.stringColumn("obj").get(0)).isEqualTo("{\"k\":1}");
        assertThat(table.stringColumn("list").get(0)).isEqualTo("[1,2]");
        if (typeNames == ResultTypeNames.NONE) {
            // a bare date is no timestamp: with no type to say otherwise it stays text
            assertThat(table.stringColumn("day").get(0)).isEqualTo("2024-05-01");
            assertThat(String.join(" · ", result.footer())).contains("types inferred from values: AT instant, N long, "
                    + "RATIO double, PRICE double, FLAG boolean, NAME string, OBJ json, LIST json, DAY string");
        } else {
            assertThat(table.column("day")).isInstanceOf(DateColumn.class);
            assertThat(String.join(" · ", result.footer())).doesNotContain("inferred");
        }
    }
}
