package dev.pantherkernel.kernel.it;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.parallel.Isolated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * %%panther sql in the installed kernel through jupyter_client, against an emulator whose queries run for a while
 * (3 s) and whose result pages come slowly (200 ms), so an interrupt can land while a query runs or while it pages.
 */
@Isolated
class DataLakeIT {

    private static final int ROWS = 30_000;
    private static PantherEmulator emulator;
    private static KernelSession kernel;

    @BeforeAll
    static void start() throws IOException {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(5).scale(0.05)
                .queryLatency(Duration.ofSeconds(3)).resultsPageDelay(Duration.ofMillis(200)).build());
        kernel = KernelSession.connectedTo(emulator);
    }

    @AfterAll
    static void stop() {
        if (kernel != null) {
            kernel.close();
        }
        emulator.close();
    }

    @Test
    void aSqlCellReturnsTypedRowsBoundWithAs() throws IOException {
        Execution run = kernel.execute("""
                %%panther sql --as logins
                SELECT p_event_time, actor:alternateId::string AS who, client:ipAddress::string AS ip
                FROM okta_systemlog WHERE p_occurs_since('30 days') LIMIT 25""");

        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.html()).contains("25 rows × 3 columns").contains("INSTANT").contains("query ");
        assertThat(kernel.execute("logins.column(\"p_event_time\").type()").text()).isEqualTo("INSTANT");
        assertThat(run.displays()).as("the running query's status line").isNotEmpty();
        assertThat(run.displays().get(0).path("data").path("text/plain").asText()).contains("running");
    }

    @Test
    void aMistakeInASqlCellIsMarkedOnItsCellLineWithACaret() throws IOException {
        Execution run = kernel.execute("%%panther sql\nSELECT p_event_time,\n  eventNam\nFROM aws_cloudtrail "
                + "WHERE p_occurs_since('1 day')");

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorValue()).contains("failed at cell line 3, column 3: SQL compilation error: error line 2 at "
                + "position 2 invalid identifier 'EVENTNAM'");
        assertThat(run.traceback()).contains("\n      eventNam\n      ^\n");
    }

    @Test
    void anInterruptWhileTheQueryRunsCancelsIt() throws IOException {
        long cancels = emulator.requestCount("cancelDataLakeQuery");

        Execution run = kernel.executeThenInterruptOn("%%panther sql\nSELECT count(*) AS n FROM okta_systemlog", " running ");

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorValue()).startsWith("cancelled query ");
        assertThat(run.secondsAfterInterrupt()).isLessThan(6.0);
        assertThat(emulator.requestCount("cancelDataLakeQuery")).isEqualTo(cancels + 1);
        assertThat(kernel.execute("1 + 1").text()).isEqualTo("2");
    }

    @Test
    void anInterruptWhilePagingKeepsTheRowsFetchedSoFar() throws IOException {
        Execution run = kernel.executeThenInterruptOn("%%panther sql --as partial\nSELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => " + ROWS + "))",
                ": page "); // the first page's progress line: updates are shown at most a few times a second, so not every page's is

        assertThat(run.status()).as("%s %s", run.errorName(), run.traceback()).isEqualTo("ok");
        // when this fails, what the cell showed before the interrupt and how long the reply took say where it was lost
        assertThat(run.html()).as("the table %.1f s after the interrupt; the cell's outputs before it: %s",
                run.secondsAfterInterrupt(), run.displays()).contains("interrupted");
        int kept = Integer.parseInt(kernel.execute("partial.rowCount()").text());
        assertThat(kept).isPositive().isLessThan(ROWS);
        assertThat(kept % 999).as("whole pages only").isZero();
    }

    @Test
    void tabCompletesTablesAndColumnsInASqlCell() throws IOException {
        String tables = "%%panther sql\nSELECT * FROM okta_sys";
        String columns = "%%panther sql\nSELECT p_event_time FROM okta_systemlog";

        assertThat(kernel.complete(tables, tables.length()).path("matches").toString()).contains("okta_systemlog");
        assertThat(kernel.complete(columns, "%%panther sql\nSELECT p_event".length()).path("matches").toString())
                .contains("p_event_time");
        assertThat(kernel.inspect(columns, "%%panther sql\nSELECT p_ev".length()).path("data").path("text/plain").asText())
                .contains("TIMESTAMP");
    }

    @Test
    void theJavaApiRunsTheSameEngine() throws IOException {
        Execution run = kernel.execute("""
                String ip = "203.0.113.9";
                Panther.sql("SELECT count(*) AS n FROM okta_systemlog WHERE p_occurs_since('30 days') AND client:ipAddress = {ip}")
                    .timeout(Duration.ofMinutes(1)).fetch().table().longColumn("n").get(0) >= 0""");

        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.text()).isEqualTo("true");
    }
}
