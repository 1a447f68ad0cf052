package dev.pantherkernel.magics.memory;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.datalake.ProgressWatchingHost;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every fetch into memory stops when the heap runs low, keeping the rows so far as a partial result with one line
 * that says how much came, why it stopped and what to do; a fetch into a file is not stopped. The heap is a manual
 * watch told "low" when the progress line reaches a page, so the stop comes at a known place.
 */
class HeapLowFetchTest {

    private static final long MB = 1024 * 1024;
    private static final String ROWS = "SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 25000)) ORDER BY n";

    private final HeapWatch heap = HeapWatch.manual(110 * MB, 0.8);
    private final RecordingHost recording = new RecordingHost();
    /** A collection leaves 100 MB of 110 MB in use when a progress line contains this text. */
    private volatile String lowAt;
    private final PantherSession session = session(ProgressWatchingHost.watching(recording, line -> {
        if (lowAt != null && line.contains(lowAt)) {
            heap.afterCollection(100 * MB);
        }
    }), heap);
    private final PantherMagics panther = new PantherMagics(session);

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void keepsTheRowsFetchedBeforeTheHeapRanLow() {
        lowAt = "page 3,";

        PartialResultException stopped = stopped(List.of("sql", "--as", "big"), ROWS);

        Result partial = stopped.result();
        assertThat(partial.partial()).isTrue();
        assertThat(partial.table().rowCount()).isEqualTo(3 * 999);
        assertThat(partial.table().longColumn("n").get(2996)).isEqualTo(2996);
        assertThat(stopped.getMessage()).matches("query [0-9a-f-]{36}: stopped after 3 pages \\(2,997 rows\\): the kernel's "
                        + "heap was 91% full \\(100 MB of 110 MB\\) after garbage collection; the rows so far are kept, "
                        + "marked partial\\. For every row: `--to hunt\\.parquet` writes them to a file .*")
                .contains("--limit N").contains("./install.sh --heap 8g").doesNotContain("\n");
        assertThat(partial.warnings()).contains(stopped.getMessage());
        assertThat(recording.bound).containsKey("big");
    }

    @Test
    void timePartitionsStopTogetherAndKeepTheirRows() {
        lowAt = "1 pages";
        // twenty rows for each event: every partition has several pages
        String sql = "SELECT p_row_id, p_event_time, g.n FROM panther_logs.public.okta_systemlog, "
                + "(SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 20))) g WHERE p_occurs_since('31 days')";

        PartialResultException stopped = stopped(List.of("sql", "--partitions", "4"), sql);

        assertThat(stopped.getMessage()).startsWith("4 partition queries: stopped after ")
                .contains("the kernel's heap was 91% full").contains("`--to hunt.parquet`");
        Table rows = stopped.result().table();
        assertThat(rows.rowCount()).isPositive();
        Result whole = (Result) new PantherMagics(session(new RecordingHost(), HeapWatch.manual(110 * MB, 0.8)))
                .cell(List.of("sql", "--partitions", "1"), sql);
        assertThat(whole.table().rowCount()).as("rows of the whole query").isGreaterThan(8 * 999);
        assertThat(rows.rowCount()).isLessThan(whole.table().rowCount());
    }

    @Test
    void aFileIsWrittenWholeWhateverTheHeapSays(@TempDir Path dir) {
        lowAt = "page 3,";
        Path file = dir.resolve("hunt.parquet");

        Result written = (Result) panther.cell(List.of("sql", "--to", file.toString()), ROWS);

        assertThat(Files.exists(file)).isTrue();
        assertThat(written.partial()).isFalse();
        assertThat(written.table().longColumn("rows").get(0)).isEqualTo(25_000);
    }

    @Test
    void graphQLPagesStopToo() {
        lowAt = "2 pages";
        String alerts = "{ alerts(input: {createdAtAfter: \"2000-01-01T00:00:00Z\", createdAtBefore: \"2100-01-01T00:00:00Z\", "
                + "pageSize: 3}) { edges { node { id } } } }";

        PartialResultException stopped = stopped(List.of("graphql"), alerts);

        assertThat(stopped.result().table().rowCount()).isEqualTo(6);
        assertThat(stopped.getMessage()).startsWith("stopped after 2 pages (6 rows): the kernel's heap was 91% full")
                .contains("--limit N");
    }

    @Test
    void localSqlStopsReadingItsAnswer() throws InterruptedException {
        AtomicBoolean done = new AtomicBoolean();
        // the answer is read a batch of rows at a time; the heap is "low" from the first check on
        Thread lowMeanwhile = new Thread(() -> {
            while (!done.get()) {
                heap.afterCollection(100 * MB);
                Thread.onSpinWait();
            }
        });
        lowMeanwhile.start();
        PartialResultException stopped;
        try {
            stopped = stopped(List.of("local", "--as", "many"), "SELECT range AS n, 'row ' || range AS label FROM range(5000000)");
        } finally {
            done.set(true);
            lowMeanwhile.join();
        }

        int rows = stopped.result().table().rowCount();
        assertThat(rows).isPositive().isLessThan(5_000_000);
        assertThat(rows % 1024).isZero();
        assertThat(stopped.getMessage()).startsWith("stopped after ").contains("COPY (SELECT ...) TO 'out.parquet'");
        assertThat(recording.bound).containsKey("many");
    }

    @Test
    void aLowHeapLetsGoOfTheLastResultSoThatSettingItsVariableToNullFreesIt() {
        panther.cell(List.of("sql", "--as", "big"), "SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 10))");
        assertThat(session.last()).as("kept for Panther.last()").isPresent();
        HeapWatch.Since since = heap.since();

        heap.afterCollection(100 * MB);

        assertThat(since.ranLow()).as("the manual watch measures the same again").isPresent();
        assertThat(session.last()).as("let go of before the fetch stops").isEmpty();
    }

    private PartialResultException stopped(List<String> magic, String body) {
        PartialResultException stopped = catchThrowableOfType(() -> panther.cell(magic, body), PartialResultException.class);
        assertThat(stopped).as("a partial result").isNotNull();
        return stopped;
    }

    private static PantherSession session(NotebookHost host, HeapWatch heap) {
        PantherEmulator emulator = SharedEmulator.get();
        return new PantherSession(host, Environment.of(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", emulator.token()), Sessions.home()), Sessions.fastRetries(), heap);
    }
}
