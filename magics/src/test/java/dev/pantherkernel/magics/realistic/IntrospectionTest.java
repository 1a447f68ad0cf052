package dev.pantherkernel.magics.realistic;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.emulator.schema.IntrospectionMode;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.graphql.InvalidOperationException;
import dev.pantherkernel.magics.graphql.KeptSchemas;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Introspection against servers that answer less than graphql-java asks for by default: the client asks only for
 * what the server has, and a server too slow to answer leaves commands running without a schema.
 */
class IntrospectionTest {

    private static PantherEmulator legacy;
    private static PantherEmulator full;

    @BeforeAll
    static void start() {
        legacy = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(7).scale(0.01)
                .introspection(IntrospectionMode.LEGACY).build());
        full = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(7).scale(0.01).build());
    }

    @AfterAll
    static void stop() {
        legacy.close();
        full.close();
    }

    private static PantherSession session(PantherEmulator emulator, RecordingHost host, Path home, ClientOptions options) {
        return new PantherSession(host, Environment.of(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", emulator.token()), home), options);
    }

    /** A HOME whose kept schema of {@code full} is an older Panther's: the one a session there introspected, without Query.sources. */
    private static Path homeWithAnOlderKeptSchema() throws IOException {
        Path home = Sessions.home();
        new PantherMagics(session(full, new RecordingHost(), home, Sessions.fastRetries())).line(List.of("schema"));
        Path kept = keptSchema(home);
        Files.writeString(kept, KeptSchemas.withoutQueryField(Files.readString(kept), "sources"));
        return home;
    }

    private static Path keptSchema(Path home) {
        return KeptSchemas.file(home, full.url(), PantherEmulator.PANTHER_VERSION);
    }

    @Test
    void aServerWithOnlyJune2018IntrospectionGivesItsSchemaAndCellsAreCheckedBeforeSending() {
        RecordingHost host = new RecordingHost();
        PantherMagics panther = new PantherMagics(session(legacy, host, Sessions.home(), Sessions.fastRetries()));
        long usersBefore = legacy.requestCount("users");

        Result alert = (Result) panther.line(List.of("schema", "Alert"));

        assertThat(alert.table().stringColumn("field").asList()).contains("severity", "origin");
        assertThatThrownBy(() -> panther.cell(List.of("graphql"), "{ users { emial } }"))
                .isInstanceOf(InvalidOperationException.class).hasMessageContaining("nothing was sent");
        assertThat(legacy.requestCount("users")).isEqualTo(usersBefore);
        assertThat(host.warnings).isEmpty();
    }

    @Test
    void theSchemaIsAskedForOnceAndThenReadFromTheDiskCache() {
        Path home = Sessions.home();
        long probes = full.requestCount("PantherKernelIntrospectionProbe");
        long schemas = full.requestCount("IntrospectionQuery");

        new PantherMagics(session(full, new RecordingHost(), home, Sessions.fastRetries())).line(List.of("schema"));
        new PantherMagics(session(full, new RecordingHost(), home, Sessions.fastRetries())).line(List.of("schema"));

        assertThat(full.requestCount("PantherKernelIntrospectionProbe") - probes).isEqualTo(1);
        assertThat(full.requestCount("IntrospectionQuery") - schemas).isEqualTo(1);
    }

    @Test
    void aKeptSchemaThatLacksAFieldTheServerHasIsAskedForAgainAndTheCommandRuns() throws IOException {
        Path home = homeWithAnOlderKeptSchema();
        Path kept = keptSchema(home);
        long schemas = full.requestCount("IntrospectionQuery");
        RecordingHost host = new RecordingHost();

        Result sources = (Result) new PantherMagics(session(full, host, home, Sessions.fastRetries())).line(List.of("sources"));

        assertThat(sources.table().rowCount()).isPositive();
        assertThat(full.requestCount("IntrospectionQuery") - schemas).isEqualTo(1);
        assertThat(Files.readString(kept)).contains("\"sources\"");
        assertThat(host.warnings).isEmpty();
    }

    @Test
    void aRecordingKeepsTheSchemaAskedForAgainSoThatItsReplayRunsTheSameCommand(@TempDir Path dir) throws IOException {
        Path home = homeWithAnOlderKeptSchema();
        Path recording = dir.resolve("sources.recording.jsonl.gz");
        PantherSession live = session(full, new RecordingHost(), home, Sessions.fastRetries());
        PantherMagics recorded = new PantherMagics(live);
        recorded.line(List.of("record", recording.toString()));
        Result sources = (Result) recorded.line(List.of("sources"));
        recorded.line(List.of("record", "--stop"));
        live.close();

        PantherSession replay = new PantherSession(new RecordingHost(), Environment.of(Map.of("PANTHER_REPLAY",
                recording.toString()), Sessions.home()), Sessions.fastRetries());
        Result again = (Result) new PantherMagics(replay).line(List.of("sources"));

        assertThat(again.table().printAll()).isEqualTo(sources.table().printAll());
        Result refreshed = (Result) new PantherMagics(replay).line(List.of("schema", "--refresh"));
        assertThat(refreshed.footer()).contains("not refreshed: a replayed session keeps the recorded schema");
        assertThat(replay.requestsSent()).isZero();
    }

    @Test
    void schemaRefreshAsksThisPantherAgainAndShowsWhatItHasNow() throws IOException {
        Path home = homeWithAnOlderKeptSchema();
        Path kept = keptSchema(home);
        PantherMagics panther = new PantherMagics(session(full, new RecordingHost(), home, Sessions.fastRetries()));
        long schemas = full.requestCount("IntrospectionQuery");

        Result stale = (Result) panther.line(List.of("schema"));
        Result refreshed = (Result) panther.line(List.of("schema", "--refresh"));

        assertThat(stale.table().stringColumn("field").asList()).doesNotContain("sources");
        assertThat(refreshed.table().stringColumn("field").asList()).contains("sources");
        assertThat(full.requestCount("IntrospectionQuery") - schemas).isEqualTo(1);
        assertThat(Files.readString(kept)).contains("\"sources\"");
    }

    @Test
    void aFieldTheKeptSchemaLacksIsLookedUpInThisPanthersSchemaBeforeItIsCalledMissing() throws IOException {
        Path home = homeWithAnOlderKeptSchema();
        long schemas = full.requestCount("IntrospectionQuery");

        Result sources = (Result) new PantherMagics(session(full, new RecordingHost(), home, Sessions.fastRetries()))
                .line(List.of("schema", "Query.sources"));

        assertThat(sources.footer()).contains("schema Query.sources");
        assertThat(full.requestCount("IntrospectionQuery") - schemas).isEqualTo(1);
    }

    @Test
    void anOperationTheServersOwnSchemaAlsoRejectsIsRefusedAfterAskingForItOnceAndNotSent() {
        Path home = Sessions.home();
        new PantherMagics(session(full, new RecordingHost(), home, Sessions.fastRetries())).line(List.of("schema"));
        PantherMagics panther = new PantherMagics(session(full, new RecordingHost(), home, Sessions.fastRetries()));
        long schemas = full.requestCount("IntrospectionQuery");
        long users = full.requestCount("users");

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> panther.cell(List.of("graphql"), "{ users { emial } }"))
                    .isInstanceOf(InvalidOperationException.class).hasMessageContaining("emial").hasMessageContaining("nothing was sent");
        }

        assertThat(full.requestCount("IntrospectionQuery") - schemas).isEqualTo(1);
        assertThat(full.requestCount("users")).isEqualTo(users);
    }

    @Test
    void aKeptSchemaOfAServerThatNoLongerIntrospectsIsForgottenAndTheCommandRunsUnchecked() throws IOException {
        Path home = Sessions.home();
        new PantherMagics(session(full, new RecordingHost(), home, Sessions.fastRetries())).line(List.of("schema"));
        String older = KeptSchemas.withoutQueryField(
                Files.readString(keptSchema(home)), "sources");
        PantherEmulator realistic = SharedEmulator.realistic();
        Path kept = KeptSchemas.file(home, realistic.url(), PantherEmulator.PANTHER_VERSION);
        Files.writeString(kept, older);
        RecordingHost host = new RecordingHost();

        Result sources = (Result) new PantherMagics(session(realistic, host, home, Sessions.fastRetries())).line(List.of("sources"));

        assertThat(sources.table().rowCount()).isPositive();
        assertThat(sources.footer()).contains("types from the values (no schema)");
        assertThat(kept).doesNotExist();
        assertThat(host.warnings).singleElement().asString().contains("does not answer introspection");
    }

    @Test
    void aServerTooSlowToIntrospectLeavesCommandsRunningWithoutASchema() {
        full.faults().add(FaultRule.newFaultRule("__schema").delay(Duration.ofSeconds(5)).build());
        try {
            RecordingHost host = new RecordingHost();
            ClientOptions patient = Sessions.fastRetries().transform(b -> b.introspectionTimeout(Duration.ofMillis(400)));
            PantherMagics panther = new PantherMagics(session(full, host, Sessions.home(), patient));
            long started = System.nanoTime();

            Result users = (Result) panther.line(List.of("users"));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
            assertThat(users.table().rowCount()).isPositive();
            assertThat(users.footer()).contains("types from the values (no schema)");
            assertThat(host.warnings).singleElement().asString().contains("no answer within 400 ms");
        } finally {
            full.faults().clear();
        }
    }
}
