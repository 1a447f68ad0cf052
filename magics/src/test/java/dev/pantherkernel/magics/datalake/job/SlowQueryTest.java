package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.datalake.ProgressWatchingHost;
import dev.pantherkernel.magics.datalake.result.DataLakeQueryException;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Queries that stay running for a while (an emulator of its own whose queries run at least 1.5 s): progress in
 * place, cancel on interrupt, timeout, cancel by id, and attaching to a query that still runs. Its emulator is its
 * own and most of its time is waiting for those queries, so it runs beside the other classes.
 */
@Execution(ExecutionMode.CONCURRENT)
class SlowQueryTest {

    private static final String SQL = "SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 1200)) ORDER BY n";
    private static PantherEmulator emulator;
    private static Connection connection;

    @BeforeAll
    static void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(7).scale(0.01)
                .queryLatency(Duration.ofMillis(1500)).build());
        connection = session(new RecordingHost()).connection();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static PantherSession session(NotebookHost host) {
        return new PantherSession(host, Environment.of(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", emulator.token()), Sessions.home()), Sessions.fastRetries());
    }

    private static QueryStatus statusOf(String id) {
        return new QueryControl(connection.client()).state(id).status();
    }

    private static String idIn(String progressLine) {
        return progressLine.split(" ")[1];
    }

    @Test
    void whileTheQueryRunsTheCellShowsItsIdElapsedTimeAndPanthersMessage() {
        RecordingHost host = new RecordingHost();

        Result result = DataLakeQuery.sql(connection, SQL).host(host).fetch();

        assertThat(result.table().rowCount()).isEqualTo(1200);
        assertThat(host.progress).first().asString().matches("query [0-9a-f-]{36} running \\d+\\.\\d s: query is running");
        assertThat(host.progressClosed).isEqualTo(1);
    }

    @Test
    void anInterruptWhileTheQueryRunsCancelsItInPanther() {
        NotebookHost host = ProgressWatchingHost.interrupting(new RecordingHost(), line -> line.contains(" running "));

        assertThatThrownBy(() -> DataLakeQuery.sql(connection, SQL).host(host).fetch())
                .isInstanceOfSatisfying(DataLakeQueryException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("cancelled query " + e.queryId());
                    assertThat(Thread.interrupted()).isTrue();
                    assertThat(statusOf(e.queryId())).isEqualTo(QueryStatus.CANCELLED);
                });
    }

    @Test
    void anInterruptFromAnotherThreadEndsTheCellWithTheCancelledQuery() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<String> id = new AtomicReference<>();
        RecordingHost recording = new RecordingHost();
        NotebookHost host = ProgressWatchingHost.watching(recording, line -> {
            id.compareAndSet(null, idIn(line));
            running.countDown();
        });
        PantherMagics magics = new PantherMagics(session(host));
        CompletableFuture<Object> cell = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                cell.complete(magics.cell(List.of("sql"), SQL));
            } catch (RuntimeException e) {
                cell.completeExceptionally(e);
            }
        });
        thread.start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        thread.interrupt();

        assertThatThrownBy(() -> cell.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DataLakeQueryException.class)
                .cause().hasMessage("cancelled query " + id.get());
        assertThat(statusOf(id.get())).isEqualTo(QueryStatus.CANCELLED);
    }

    @Test
    void aCancelThatPantherDoesNotAnswerEndsTheCellWithinTheKernelsGracePeriod() {
        emulator.faults().add(FaultRule.newFaultRule("cancelDataLakeQuery").delay(Duration.ofSeconds(8)).times(1).build());
        NotebookHost host = ProgressWatchingHost.interrupting(new RecordingHost(), line -> line.contains(" running "));

        try {
            assertThatThrownBy(() -> DataLakeQuery.sql(connection, SQL).host(host).fetch())
                    .isInstanceOfSatisfying(DataLakeQueryException.class, e -> assertThat(e.getMessage()).isEqualTo(
                            "interrupted while waiting for query " + e.queryId() + ", but the cancel did not take "
                                    + "(Panther did not answer the cancel within 5 s); `%panther attach " + e.queryId()
                                    + "` shows how it ended"));
            assertThat(Thread.interrupted()).isTrue();
        } finally {
            emulator.faults().clear();
        }
    }

    @Test
    void aQueryPastItsTimeoutIsCancelledAndTheErrorSaysHowToReattach() {
        assertThatThrownBy(() -> DataLakeQuery.sql(connection, SQL).timeout(Duration.ofMillis(300)).fetch())
                .isInstanceOfSatisfying(DataLakeQueryException.class, e -> {
                    assertThat(e.getMessage()).startsWith("query " + e.queryId() + " did not finish within 300 ms")
                            .contains("`%panther attach " + e.queryId() + "`");
                    assertThat(statusOf(e.queryId())).isEqualTo(QueryStatus.CANCELLED);
                });
    }

    @Test
    void cancelByIdStopsARunningQueryAndSaysSo() {
        String id = new QueryControl(connection.client()).start("executeDataLakeQuery", JobOperations.EXECUTE,
                Map.of("sql", SQL));
        PantherMagics magics = new PantherMagics(session(new RecordingHost()));

        Result result = (Result) magics.line(List.of("cancel", id));

        assertThat(result.table().stringColumn("status").get(0)).isEqualTo("cancelled");
        assertThatThrownBy(() -> magics.line(List.of("cancel", id)))
                .hasMessage("query " + id + " was not cancelled: query " + id + " is not running");
    }

    @Test
    void attachFromAnotherSessionWaitsForARunningQueryThenFetchesItsRows() {
        String id = new QueryControl(connection.client()).start("executeDataLakeQuery", JobOperations.EXECUTE,
                Map.of("sql", SQL));
        RecordingHost host = new RecordingHost();
        PantherMagics magics = new PantherMagics(session(host));

        Result result = (Result) magics.line(List.of("attach", id, "--as", "again"));

        assertThat(result.table().rowCount()).isEqualTo(1200);
        assertThat(host.bound).containsKey("again");
        assertThat(host.progress).anyMatch(line -> line.startsWith("query " + id + " running"));
    }
}
