package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.client.ApiToken;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.Endpoint;
import dev.pantherkernel.magics.client.Transport;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.ConnectionSettings;
import dev.pantherkernel.magics.connect.ConnectionSettings.Origin;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.datalake.job.Partitions;
import dev.pantherkernel.magics.datalake.sql.PreparedSql;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A query split by time against the emulator over real HTTP: the same rows as the whole query, in order. */
class PartitionedQueryTest {

    private static final PantherEmulator EMULATOR = SharedEmulator.get();
    private static final String WINDOW = "FROM panther_logs.public.okta_systemlog WHERE p_occurs_since('31 days')";
    private static Connection connection;
    private final RecordingHost host = new RecordingHost();

    @BeforeAll
    static void connect() {
        connection = Sessions.demoToken(new RecordingHost()).connection();
    }

    private Result fetch(String sql, Partitions partitions) {
        return DataLakeQuery.sql(connection, sql).host(host).partitions(partitions).fetch();
    }

    @Test
    void aQuerySplitByTimeGivesExactlyTheRowsOfTheWholeQuery() {
        String sql = "SELECT p_row_id, p_event_time, eventType, actor:alternateId::string AS who, client, outcome " + WINDOW;

        Table whole = fetch(sql, Partitions.WHOLE).table();
        Table split = fetch(sql, new Partitions(8)).table();

        assertThat(whole.rowCount()).isGreaterThan(1000);
        assertThat(split.rowCount()).isEqualTo(whole.rowCount());
        assertThat(split.sortOn("p_row_id").printAll()).isEqualTo(whole.sortOn("p_row_id").printAll());
        assertThat(split.columnNames()).isEqualTo(whole.columnNames());
    }

    @Test
    void orderedByTimeThePartitionsJoinInThatOrderUpOrDown() {
        for (String direction : List.of("", " DESC")) {
            String sql = "SELECT p_event_time, p_row_id " + WINDOW + " ORDER BY p_event_time" + direction + ", p_row_id";

            Table whole = fetch(sql, Partitions.WHOLE).table();
            Table split = fetch(sql, new Partitions(5)).table();

            assertThat(split.instantColumn("p_event_time").asList()).isEqualTo(whole.instantColumn("p_event_time").asList());
            assertThat(split.stringColumn("p_row_id").asList()).isEqualTo(whole.stringColumn("p_row_id").asList());
        }
    }

    @Test
    void theFooterSaysHowItWasSplitInAFewWordsAndTheResultKeepsEveryQueryId() {
        long started = EMULATOR.requestCount("executeDataLakeQuery");
        Result whole = fetch("SELECT p_row_id " + WINDOW, Partitions.WHOLE);
        Result split = fetch("SELECT p_row_id " + WINDOW, new Partitions(6));

        assertThat(EMULATOR.requestCount("executeDataLakeQuery") - started).isEqualTo(1 + 6);
        String footer = String.join(" · ", split.footer());
        assertThat(footer).contains("split in 6 by time (--partitions 6)")
                .contains(String.format("%,d rows", whole.table().rowCount()))
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}").doesNotContainPattern("T[0-9:.]+Z");
        assertThat(split.queryIds()).hasSize(6).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f-]{36}"));
        assertThat(whole.queryIds()).hasSize(1);
        assertThat(scanned(split)).isEqualTo(scanned(whole));
    }

    @Test
    void autoRunsAQueryWhoseResultIsSmallAsOneQueryAndSaysHowManyRowsItExpected() {
        long started = EMULATOR.requestCount("executeDataLakeQuery");
        long metrics = EMULATOR.requestCount("metrics");

        Result day = DataLakeQuery.sql(connection, "SELECT p_row_id, eventType FROM okta_systemlog "
                + "WHERE p_occurs_since('1 day') AND eventType = 'user.session.start'").host(host).fetch();
        Result again = DataLakeQuery.sql(connection, "SELECT p_row_id FROM okta_systemlog WHERE p_occurs_since('1 day')")
                .host(host).fetch();

        assertThat(EMULATOR.requestCount("executeDataLakeQuery") - started).isEqualTo(2);
        assertThat(String.join(" · ", day.footer())).containsPattern("one query: ~[0-9,]+ events in the window");
        assertThat(String.join(" · ", again.footer())).containsPattern("one query: ~[0-9,]+ events in the window");
        assertThat(EMULATOR.requestCount("metrics") - metrics).as("one metrics request, kept for the next query").isEqualTo(1);
    }

    @Test
    void autoSplitsAQueryThatIsExpectedToGiveMoreRowsThanItLeavesToOneQuery() {
        long started = EMULATOR.requestCount("executeDataLakeQuery");

        Result whole = fetch("SELECT p_row_id " + WINDOW, Partitions.WHOLE);
        Result split = fetch("SELECT p_row_id " + WINDOW, Partitions.autoAbove(500));

        String footer = String.join(" · ", split.footer());
        assertThat(footer).containsPattern("split in [2-8] by time: ~[0-9,]+ events in the window");
        int parts = Integer.parseInt(footer.replaceAll("(?s).*split in ([2-8]) by time.*", "$1"));
        assertThat(EMULATOR.requestCount("executeDataLakeQuery") - started).isEqualTo(1 + parts);
        assertThat(split.queryIds()).hasSize(parts);
        assertThat(split.table().rowCount()).isEqualTo(whole.table().rowCount()).isGreaterThan(1000);
        assertThat(Partitions.AUTO.splitAbove()).isEqualTo(10_000);
        assertThat(Partitions.AUTO.autoCount(120_000)).isEqualTo(Partitions.AUTO_MOST);
        assertThat(Partitions.AUTO.autoCount(25_000)).isEqualTo(2);
    }

    @Test
    void aTokenWithoutSummaryReadRunsTheQueryWholeAndTheFooterSaysWhy() {
        Connection analyst = Sessions.withToken(new RecordingHost(), EMULATOR.tokenFor(SharedEmulator.ANALYST)).connection();
        long started = EMULATOR.requestCount("executeDataLakeQuery");

        Result result = DataLakeQuery.sql(analyst, "SELECT p_row_id " + WINDOW).host(host).partitions(Partitions.autoAbove(500))
                .fetch();

        assertThat(EMULATOR.requestCount("executeDataLakeQuery") - started).isEqualTo(1);
        assertThat(result.footer()).contains("one query: no row estimate (the token lacks SummaryRead)");
        assertThat(result.table().rowCount()).isGreaterThan(1000);
    }

    @Test
    void aQueryThatCannotBeSplitRunsWholeWithoutAskingForAnEstimateAndSaysWhy() {
        long metrics = EMULATOR.requestCount("metrics");

        Result count = DataLakeQuery.sql(connection, "SELECT COUNT(*) AS n " + WINDOW).host(host).fetch();
        Result limited = DataLakeQuery.sql(connection, "SELECT p_row_id " + WINDOW).host(host).limit(10).fetch();

        assertThat(count.footer()).contains("one query: it aggregates");
        assertThat(limited.footer()).contains("one query: it has a LIMIT");
        assertThat(EMULATOR.requestCount("metrics")).isEqualTo(metrics);
    }

    @Test
    void aQueryThatSplittingWouldChangeIsRefusedWithTheReasonBeforeAnythingIsSent() {
        long started = EMULATOR.requestCount("executeDataLakeQuery");

        assertThatThrownBy(() -> fetch("SELECT eventType, COUNT(*) AS n " + WINDOW + " GROUP BY eventType", new Partitions(8)))
                .isInstanceOf(PantherException.class)
                .hasMessage("--partitions 8: this query cannot be split by time without changing its answer: it "
                        + "aggregates (GROUP BY or HAVING), and each partition would aggregate only its own rows; run it "
                        + "without --partitions");
        assertThatThrownBy(() -> fetch("SELECT * FROM panther_logs.public.okta_systemlog LIMIT 5", new Partitions(2)))
                .hasMessageContaining("LIMIT");
        assertThat(EMULATOR.requestCount("executeDataLakeQuery")).isEqualTo(started);
    }

    @Test
    void theCellMagicTakesPartitionsAndShowsEachPartitionsQueryOnADryRun() {
        PantherSession session = SharedEmulator.session(EMULATOR, host);
        PantherMagics magics = new PantherMagics(session);

        PreparedSql dry = (PreparedSql) magics.cell(List.of("sql", "--partitions", "3", "--dry-run"), "SELECT p_row_id " + WINDOW);
        Result result = (Result) magics.cell(List.of("sql", "--partitions", "3"), "SELECT p_row_id " + WINDOW);

        assertThat(dry.partitions()).hasSize(3);
        assertThat(dry.toString()).startsWith("-- split in 3 by time (--partitions 3)\n")
                .contains("-- time partition 3 of 3").contains("p_event_time >= TIMESTAMP '");
        assertThat(String.join(" · ", result.footer())).contains("split in 3 by time");
        assertThatThrownBy(() -> magics.cell(List.of("sql", "--partitions", "many"), "SELECT 1"))
                .hasMessageStartingWith("--partitions many: write a number of partitions from 1 to 64, or auto");
    }

    @Test
    void anInterruptCancelsEveryPartitionQueryStillRunning() throws Exception {
        assertInterruptCancelsEveryQueryStarted("dataLakeQuery", 9);
    }

    @Test
    void anInterruptWhilePartitionsStartLeavesNoQueryRunning() throws Exception {
        assertInterruptCancelsEveryQueryStarted("executeDataLakeQuery", 1);
    }

    /** Interrupts a 3-partition query once {@code field} was asked for {@code times} times. */
    private void assertInterruptCancelsEveryQueryStarted(String field, int times) throws Exception {
        try (PantherEmulator slow = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01)
                .queryLatency(Duration.ofSeconds(30)).build())) {
            PantherSession session = SharedEmulator.session(slow, host);
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread cell = new Thread(() -> {
                try {
                    outcome.set(DataLakeQuery.sql(session.connection(), "SELECT p_row_id " + WINDOW).host(host)
                            .partitions(new Partitions(3)).fetch());
                } catch (RuntimeException e) {
                    outcome.set(e);
                }
            });
            cell.start();
            for (int i = 0; i < 400 && slow.requestCount(field) < times; i++) {
                Thread.sleep(25);
            }
            long began = System.nanoTime();
            cell.interrupt();
            cell.join(30_000);

            assertThat(cell.isAlive()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
            assertThat(slow.requestCount("cancelDataLakeQuery")).isEqualTo(slow.requestCount("executeDataLakeQuery"));
            assertThat(outcome.get()).isInstanceOf(Result.class);
            assertThat(((Result) outcome.get()).warnings()).anyMatch(w -> w.contains("interrupted"));
            Thread.sleep(500); // a partition that was still starting cancels its query as soon as the start returns
            Table history = ((Result) new PantherMagics(session).line(List.of("queries"))).table();
            assertThat(history.stringColumn("status").asList()).containsOnly("cancelled");
        }
    }

    private static String scanned(Result result) {
        return result.footer().stream().filter(f -> f.endsWith(" scanned")).findFirst().orElseThrow();
    }

    /** A session clock that moves a minute on every read, so that two reads in one plan would show. */
    private static final class TickingClock extends Clock {
        private final Instant start;
        private final AtomicInteger reads = new AtomicInteger();

        TickingClock(Instant start) {
            this.start = start;
        }

        @Override
        public Instant instant() {
            return start.plus(Duration.ofMinutes(reads.getAndIncrement()));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void aCellsPartitionPlanReadsTheSessionClockOnceAndCutsTheWindowThatEndsThen() {
        TickingClock clock = new TickingClock(Instant.parse("2024-06-01T12:00:00Z"));
        Endpoint endpoint = Endpoint.parse(EMULATOR.url());
        ClientOptions options = Sessions.fastRetries();
        Connection ticking = Connection.open(new ConnectionSettings(endpoint, ApiToken.of(EMULATOR.token(), "the test"),
                Origin.ENVIRONMENT, null), Transport.http(endpoint, options),
                new Connection.Setup(options, null, notice -> { }, HeapWatch.none(), clock));
        clock.reads.set(0);

        PreparedSql prepared = DataLakeQuery.sql(ticking, "SELECT p_row_id FROM panther_logs.public.okta_systemlog "
                + "WHERE p_occurs_since('2 hours')").partitions(new Partitions(2)).prepare();

        assertThat(clock.reads.get()).isEqualTo(1);
        assertThat(prepared.partitions()).hasSize(2);
        assertThat(prepared.partitions().get(0)).contains("p_event_time < TIMESTAMP '2024-06-01 11:00:00.000'");
        assertThat(prepared.partitions().get(1)).contains("p_event_time >= TIMESTAMP '2024-06-01 11:00:00.000'");
    }
}
