package dev.pantherkernel.magics.session;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cells run against a Panther while the session records, then run again from the recording with that Panther stopped:
 * the same tables, nothing sent, the footers saying where the answers came from.
 */
class RecordReplayTest {

    /** The cells: a relative window, GraphQL checked against the schema, REST, a data lake query split by time. */
    private static final List<String[]> CELLS = List.of(
            new String[] {"connect", null},
            new String[] {"alerts --since 7d", null},
            new String[] {"graphql", "{ users { email role { name } } }"},
            new String[] {"detections --state enabled", null},
            new String[] {"sql --partitions 2", "SELECT p_event_time, eventName, sourceIPAddress FROM aws_cloudtrail "
                    + "WHERE p_occurs_since('3 days')"},
            new String[] {"search 10.0.0.1 --since 3d", null},
            new String[] {"metrics alerts-per-severity --since 7d --interval 1d", null});

    @TempDir
    static Path dir;

    private static PantherEmulator emulator;
    private static Path recording;
    private static List<Table> recorded;
    private static long sentWhileRecording;

    @BeforeAll
    static void recordTheCellsThenStopPanther() {
        // queries run for a while, so that their state is asked for more than once: running, then succeeded
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(7).scale(0.05)
                .queryLatency(Duration.ofMillis(300)).build());
        recording = dir.resolve("cells.recording.jsonl.gz");
        PantherSession live = new PantherSession(new RecordingHost(), Environment.of(Map.of("PANTHER_API_URL",
                emulator.url(), "PANTHER_API_TOKEN", emulator.token()), Sessions.home()), Sessions.fastRetries());
        PantherMagics panther = new PantherMagics(live);
        panther.line(List.of("record", recording.toString()));
        recorded = run(panther);
        panther.line(List.of("record", "--stop"));
        sentWhileRecording = live.requestsSent();
        live.close();
        emulator.close();
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private static List<Table> run(PantherMagics panther) {
        List<Table> tables = new ArrayList<>();
        for (String[] cell : CELLS) {
            List<String> words = Arrays.asList(cell[0].split(" "));
            Object value = cell[1] == null ? panther.line(words) : panther.cell(words, cell[1]);
            tables.add(((Result) value).table());
        }
        return tables;
    }

    private static PantherSession replaying(Map<String, String> environment) {
        return new PantherSession(new RecordingHost(), Environment.of(environment, Sessions.home()), Sessions.fastRetries());
    }

    private static String describe(Table table) {
        StringBuilder out = new StringBuilder(table.name()).append('\n');
        table.columns().forEach(c -> out.append(c.name()).append(':').append(c.type()).append(' '));
        return out.append('\n').append(table.printAll()).toString();
    }

    @Test
    void theSameCellsGiveTheSameTablesWithPantherStoppedAndNothingSent() {
        PantherSession session = replaying(Map.of());
        PantherMagics panther = new PantherMagics(session);

        Result connected = (Result) panther.line(List.of("connect", "--replay", recording.toString()));
        List<Table> replayed = run(panther);

        assertThat(sentWhileRecording).isPositive();
        assertThat(session.requestsSent()).isZero();
        assertThat(replayed).hasSameSizeAs(recorded);
        // the connection's own facts say where its answers come from: the same endpoint and version, other credentials
        assertThat(replayed.get(0).selectColumns("endpoint", "pantherVersion", "demo").printAll())
                .isEqualTo(recorded.get(0).selectColumns("endpoint", "pantherVersion", "demo").printAll());
        for (int i = 1; i < recorded.size(); i++) {
            assertThat(describe(replayed.get(i))).as("cell %s", CELLS.get(i)[0]).isEqualTo(describe(recorded.get(i)));
        }
        assertThat(recorded.get(1).rowCount()).as("alerts of the week").isPositive();
        assertThat(recorded.get(4).rowCount()).as("events by name").isPositive();
        assertThat(connected.warnings()).anySatisfy(w -> assertThat(w).startsWith("REPLAY: replayed from " + recording));
        assertThat(connected.table().stringColumn("credentials").get(0)).startsWith("none");
    }

    @Test
    void everyFooterSaysTheAnswersWereReplayedFromTheFileAndWhen() {
        PantherMagics panther = new PantherMagics(replaying(Map.of()));
        panther.line(List.of("connect", "--replay", recording.toString()));

        Result alerts = (Result) panther.line(List.of("alerts", "--since", "7d"));

        assertThat(alerts.footer()).anySatisfy(f -> assertThat(f).matches("replayed from " + recording
                + ", recorded \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ from 127\\.0\\.0\\.1"));
    }

    @Test
    void aCellThatWasNotRecordedFailsInOneLineNamingItAndTheNextRecordedCellsStillReplay() {
        PantherSession session = replaying(Map.of());
        PantherMagics panther = new PantherMagics(session);
        panther.line(List.of("connect", "--replay", recording.toString()));

        assertThatThrownBy(() -> panther.line(List.of("users")))
                .isInstanceOf(PantherException.class)
                .hasMessageContaining("was not recorded in cells.recording.jsonl.gz")
                .hasMessageStartingWith("users (GraphQL ");
        assertThat(session.requestsSent()).isZero();
    }

    @Test
    void rotatingTheTokenOfAReplayIsRefusedAndSendsNothing() {
        PantherSession session = replaying(Map.of(PantherSession.REPLAY_VARIABLE, recording.toString()));
        PantherMagics panther = new PantherMagics(session);

        assertThatThrownBy(() -> panther.line(List.of("token", "rotate"))).hasMessageStartingWith("token rotate changes "
                + "Panther's token, and a replay has none");
        assertThat(session.requestsSent()).isZero();
    }

    @Test
    void theRecordingHoldsNeitherTheTokenNorAnyHeader() throws IOException {
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(recording))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String token = emulator.token();

        assertThat(text).contains("\"type\":\"answer\"").doesNotContain(token);
        for (int i = 0; i + 8 <= token.length(); i++) {
            assertThat(text).doesNotContain(token.substring(i, i + 8));
        }
        assertThat(text).doesNotContainIgnoringCase("X-API-Key").doesNotContain("panther-kernel/")
                .doesNotContainIgnoringCase("Accept-Encoding").doesNotContainIgnoringCase("Content-Type");
    }

    @Test
    void theEnvironmentReplaysEveryConnectWhateverItsFlagsWithoutStartingTheDemo() {
        PantherSession session = replaying(Map.of(PantherSession.REPLAY_VARIABLE, recording.toString()));
        PantherMagics panther = new PantherMagics(session);

        Result connected = (Result) panther.line(List.of("connect", "--demo", "--demo-scale", "2"));
        Table alerts = ((Result) panther.line(List.of("alerts", "--since", "7d"))).table();

        assertThat(connected.table().stringColumn("endpoint").get(0)).isEqualTo(emulator.url());
        assertThat(describe(alerts)).isEqualTo(describe(recorded.get(1)));
        assertThat(session.requestsSent()).isZero();
    }

    @Test
    void aReplayingSessionRecordsNothingAndLeavesTheFileAsItWas() throws IOException {
        byte[] before = Files.readAllBytes(recording);
        PantherMagics panther = new PantherMagics(replaying(Map.of(PantherSession.REPLAY_VARIABLE, recording.toString())));

        Result record = (Result) panther.line(List.of("record", recording.toString()));

        assertThat(record.table().stringColumn("state").get(0)).startsWith("not recording: this session replays");
        assertThat(Files.readAllBytes(recording)).isEqualTo(before);
    }

    @Test
    void theEnvironmentRecordsFromTheSessionsStartAndItsReplayGivesTheSameTable() {
        PantherEmulator shared = SharedEmulator.get();
        Path file = dir.resolve("environment.recording.jsonl.gz");
        PantherSession live = replaying(Map.of(PantherSession.RECORD_VARIABLE, file.toString(),
                "PANTHER_API_URL", shared.url(), "PANTHER_API_TOKEN", shared.token()));
        Table week = ((Result) new PantherMagics(live).line(List.of("alerts", "--since", "7d"))).table();
        live.close();

        PantherSession session = replaying(Map.of(PantherSession.REPLAY_VARIABLE, file.toString()));
        Table replayed = ((Result) new PantherMagics(session).line(List.of("alerts", "--since", "7d"))).table();

        assertThat(week.rowCount()).isPositive();
        assertThat(describe(replayed)).isEqualTo(describe(week));
        assertThat(session.requestsSent()).isZero();
    }

    @Test
    void aRecordingNamedInTheEnvironmentThatCannotBeWrittenIsReportedByTheFirstConnect() {
        PantherMagics panther = new PantherMagics(replaying(Map.of(PantherSession.RECORD_VARIABLE,
                dir.resolve("no/such/dir/x.gz").toString())));

        assertThatThrownBy(() -> panther.line(List.of("connect")))
                .hasMessageStartingWith("PANTHER_RECORD: cannot record to ").hasMessageContaining("does not exist");
    }
}
