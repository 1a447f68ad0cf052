package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.emulator.faults.Phase;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import tech.tablesaw.api.LongColumn;

import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results pages that fail once are asked for again, counted at the server. The emulator is this class's own: on the
 * shared one, a page asked for early by an interrupted fetch in another test can reach the server after this test
 * began, take the injected fault and add to the count (it did, once, in CI).
 */
@Execution(ExecutionMode.CONCURRENT)
class PageRetryTest {

    private static PantherEmulator emulator;
    private static Connection connection;

    @BeforeAll
    static void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(7).scale(0.01).build());
        connection = new PantherSession(new RecordingHost(), Environment.of(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", emulator.token()), Sessions.home()), Sessions.fastRetries()).connection();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    private static Result fetch(String sql) {
        return DataLakeQuery.sql(connection, sql).host(new RecordingHost()).fetch();
    }

    @Test
    void aPageThatIsNotReadyIsAskedForAgain() {
        emulator.faults().add(FaultRule.newFaultRule("dataLakeQuery").phase(Phase.RESULTS).tryAgain().skip(1).times(2).build());
        long before = emulator.requestCount("PantherKernelDataLakeResults");

        Result result = fetch("SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 3000)) ORDER BY n");

        assertThat(result.table().rowCount()).isEqualTo(3000);
        assertThat(((LongColumn) result.table().column("n")).asLongArray()).containsExactly(LongStream.range(0, 3000).toArray());
        assertThat(result.pages()).isEqualTo(4);
        assertThat(emulator.requestCount("PantherKernelDataLakeResults") - before).isEqualTo(6);
    }

    @Test
    void aBrokenPageBodyIsFetchedAgainWithoutDuplicatingRows() {
        emulator.faults().add(FaultRule.newFaultRule("dataLakeQuery").phase(Phase.RESULTS).truncatedBody().skip(1).times(1).build());
        long before = emulator.requestCount("PantherKernelDataLakeResults");

        Result result = fetch("SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 2500)) ORDER BY n");

        assertThat(((LongColumn) result.table().column("n")).asLongArray()).containsExactly(LongStream.range(0, 2500).toArray());
        assertThat(emulator.requestCount("PantherKernelDataLakeResults") - before).isEqualTo(4);
    }
}
