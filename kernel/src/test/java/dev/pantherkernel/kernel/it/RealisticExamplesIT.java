package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.ServerTraits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shared example, executed by nbconvert as the README tells users to, against a Panther that answers as a
 * real one plausibly does ({@link ServerTraits#REALISTIC}: no introspection, databases named
 * {@code panther_logs.public}, upper-case result column names, Snowflake's lower-case type names), given to the
 * kernel through PANTHER_API_URL and PANTHER_API_TOKEN: no error cell, and the columns that hold times and counts
 * are typed as such.
 */
class RealisticExamplesIT {

    /** Columns the examples show, by name in any case, and the type each must have. */
    private static final Map<String, String> TYPED = Map.of("createdat", "INSTANT", "lastreceivedeventat", "INSTANT",
            "lastloggedinat", "INSTANT", "p_event_time", "INSTANT", "time", "INSTANT", "users", "LONG",
            "failures", "LONG");
    private static final Path OUT = Path.of("target/executed-examples-realistic").toAbsolutePath();
    private static PantherEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = PantherEmulator.start(EmulatorOptions.builder().traits(ServerTraits.REALISTIC).build());
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    static List<Path> examples() throws IOException {
        return Notebooks.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void runsWithoutAnErrorCellAndItsTimesAndCountsAreTyped(Path notebook) throws Exception {
        JsonNode executed = Notebooks.read(Notebooks.execute(notebook, OUT,
                Map.of("PANTHER_API_URL", emulator.url(), "PANTHER_API_TOKEN", emulator.token())));

        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> table : Notebooks.tableColumns(executed)) {
            for (Map.Entry<String, String> column : table.entrySet()) {
                String expected = TYPED.get(column.getKey().toLowerCase(Locale.ROOT));
                if (expected != null) {
                    checked++;
                    if (!expected.equals(column.getValue())) {
                        wrong.add(column.getKey() + " is " + column.getValue() + ", not " + expected);
                    }
                }
            }
        }
        assertThat(Notebooks.errors(executed)).as("error cells in %s", notebook.getFileName()).isEmpty();
        assertThat(wrong).as("column types in %s", notebook.getFileName()).isEmpty();
        if (!notebook.getFileName().toString().startsWith("getting-started")) {
            assertThat(checked).as("typed columns checked in %s", notebook.getFileName()).isPositive();
        }
    }
}
