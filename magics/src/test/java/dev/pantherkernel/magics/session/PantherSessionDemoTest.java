package dev.pantherkernel.magics.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.ConnectOptions;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.DemoSize;
import dev.pantherkernel.magics.connect.DemoProvider;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.graphql.SchemaSource;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starting the built-in demo: a demo that generates its data takes seconds, and a cell that waits for it says so (work
 * in the background does not); the default demo starts at once, and a kernel starts it in the background when nothing
 * else is configured, without ever taking the place of a connection a user made.
 */
class PantherSessionDemoTest {

    @TempDir
    Path home;

    private final RecordingHost host = new RecordingHost();

    /** How many progress lines were on screen when the demo was asked to start. */
    private final List<Integer> linesOpenAtStart = new ArrayList<>();

    /** A demo that fails to start (so that no server is needed), noting what the cell showed meanwhile. */
    private final DemoProvider failingDemo = size -> {
        linesOpenAtStart.add(host.progress.size() - host.progressClosed);
        throw new IllegalStateException("no room for the sample data");
    };

    private PantherSession session() {
        return new PantherSession(host, Environment.of(Map.of(), home), ClientOptions.defaults(), () -> Optional.of(failingDemo));
    }

    @Test
    void aCellWaitingForTheDemoShowsWhatItWaitsForAndTakesTheLineAwayAfterwards() {
        PantherSession session = session();

        assertThatThrownBy(session::connection).isInstanceOf(PantherException.class)
                .hasMessage("the built-in demo did not start: no room for the sample data");

        assertThat(linesOpenAtStart).containsExactly(1);
        assertThat(host.progress).containsExactly("starting the built-in demo: generating its synthetic sample data…");
        assertThat(host.progressClosed).isEqualTo(1);
    }

    @Test
    void connectingInTheBackgroundStartsTheDemoWithoutAProgressLine() {
        PantherSession session = session();

        assertThatThrownBy(() -> session.connectInBackground().join()).hasCauseInstanceOf(PantherException.class)
                .cause().hasMessage("the built-in demo did not start: no room for the sample data");

        assertThat(linesOpenAtStart).containsExactly(0);
        assertThat(host.progress).isEmpty();
    }

    /** {@code emulator} as a demo server (which its owner closes), handing its schema over or not. */
    private static DemoProvider.DemoServer serverOf(PantherEmulator emulator, boolean handsSchemaOver) {
        return new DemoProvider.DemoServer() {
            @Override
            public String url() {
                return emulator.url();
            }

            @Override
            public String token() {
                return emulator.token();
            }

            @Override
            public Optional<GraphQLSchema> schema() {
                return handsSchemaOver ? emulator.introspectableSchema() : Optional.empty();
            }

            @Override
            public void close() {
                // the emulator outlives the session
            }
        };
    }

    /** A demo that starts at once (as the packed default demo does), on a real emulator, once {@code release} opens. */
    private final class InstantDemo implements DemoProvider {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger starts = new AtomicInteger();

        @Override
        public DemoServer start(DemoSize size) throws InterruptedException {
            starts.incrementAndGet();
            release.await();
            return serverOf(SharedEmulator.get(), false);
        }

        @Override
        public boolean startsAtOnce(DemoSize size) {
            return true;
        }
    }

    private PantherSession session(Map<String, String> environment, DemoProvider demo) {
        return new PantherSession(host, Environment.of(environment, home), Sessions.fastRetries(), () -> Optional.of(demo));
    }

    @Test
    void aDemoThatStartsAtOnceShowsNoProgressLine() {
        DemoProvider instantButFailing = new DemoProvider() {
            @Override
            public DemoServer start(DemoSize size) {
                throw new IllegalStateException("no room for the sample data");
            }

            @Override
            public boolean startsAtOnce(DemoSize size) {
                return true;
            }
        };

        assertThatThrownBy(session(Map.of(), instantButFailing)::connection).isInstanceOf(PantherException.class)
                .hasMessage("the built-in demo did not start: no room for the sample data");
        assertThat(host.progress).isEmpty();
    }

    @Test
    void theDemoIsReadiedAheadOnlyWhenNothingNamesAPantherAndItStartsAtOnce() throws IOException {
        assertThat(session(Map.of(), new InstantDemo()).landsOnInstantDemo()).isTrue();
        assertThat(session(Map.of("PANTHER_API_URL", "https://acme.runpanther.net"), new InstantDemo()).landsOnInstantDemo()).isFalse();
        assertThat(session(Map.of("PANTHER_API_TOKEN", "abc"), new InstantDemo()).landsOnInstantDemo()).isFalse();
        assertThat(session(Map.of(), failingDemo).landsOnInstantDemo()).as("a demo that generates its data first").isFalse();

        Path profiles = home.resolve(".config/panther-kernel/profiles.toml");
        Files.createDirectories(profiles.getParent());
        Files.writeString(profiles, "[default]\nurl = \"https://acme.runpanther.net\"\ntoken = \"abc\"\n");
        Files.setPosixFilePermissions(profiles, PosixFilePermissions.fromString("rw-------"));
        assertThat(session(Map.of(), new InstantDemo()).landsOnInstantDemo()).isFalse();
    }

    @Test
    @Timeout(120)
    void theDemoHandsItsSchemaOverSoConnectingToItAsksForNoIntrospection() throws Exception {
        try (PantherEmulator own = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01).build())) {
            DemoProvider demo = size -> serverOf(own, true);
            Connection connection = session(Map.of(), demo).connection();
            List<byte[]> recorded = new ArrayList<>();

            assertThat(connection.schema()).hasValueSatisfying(schema -> assertThat(schema.getType("Alert")).isNotNull());
            connection.whenSchemaKnown((introspection, unavailable) -> recorded.add(introspection.orElseThrow()));

            assertThat(own.requestCount("PantherKernelIntrospectionProbe") + own.requestCount("IntrospectionQuery")).isZero();
            Map<String, Object> answer = new ObjectMapper().readValue(recorded.get(0), SchemaSource.INTROSPECTION);
            assertThat(SchemaSource.fromIntrospection(answer).getType("Alert")).as("what a recording keeps").isNotNull();
        }
    }

    @Test
    @Timeout(120)
    void aCommandJoinsTheConnectionStartedInTheBackgroundAndIsToldItIsTheDemo() throws Exception {
        InstantDemo demo = new InstantDemo();
        PantherSession session = session(Map.of(), demo);
        long checksBefore = SharedEmulator.get().requestCount("generalSettings");

        assertThat(session.connectingNow()).isFalse();
        CompletableFuture<Connection> background = session.connectInBackground();
        CompletableFuture<Connection> command = CompletableFuture.supplyAsync(session::connection);
        assertThat(session.connectingNow()).as("while the demo starts").isTrue();
        demo.release.countDown();

        assertThat(command.get(60, TimeUnit.SECONDS)).isSameAs(background.get(60, TimeUnit.SECONDS));
        assertThat(session.connectingNow()).isFalse();
        assertThat(demo.starts).hasValue(1);
        assertThat(SharedEmulator.get().requestCount("generalSettings") - checksBefore).as("connections opened").isEqualTo(1);
        assertThat(session.takeDemoAnnouncement()).isTrue();
        assertThat(host.progress).isEmpty();
    }

    @Test
    @Timeout(120)
    void aConnectionMadeWhileTheDemoStartsInTheBackgroundIsKept() throws Exception {
        InstantDemo demo = new InstantDemo();
        PantherEmulator other = SharedEmulator.get();
        PantherSession session = session(Map.of("OTHER_TOKEN", other.token()), demo);

        CompletableFuture<Connection> background = session.connectInBackground();
        Connection chosen = session.connect(ConnectOptions.newConnectOptions().url(other.url()).tokenEnv("OTHER_TOKEN").build());
        demo.release.countDown();
        background.get(60, TimeUnit.SECONDS);

        assertThat(session.connection()).isSameAs(chosen);
        assertThat(session.takeDemoAnnouncement()).isFalse();
    }

    @Test
    @Timeout(120)
    void aBackgroundConnectThatFailsLeavesItsFailureToTheCommandAndPrintsNothing() throws Exception {
        PantherSession session = session();
        PrintStream before = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true));
        try {
            CompletableFuture<Connection> background = session.connectInBackground();
            assertThatThrownBy(() -> background.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
            Thread.sleep(200);
        } finally {
            System.setErr(before);
        }

        assertThat(printed.toString()).as("what the background thread printed").isEmpty();
        assertThatThrownBy(session::connection).isInstanceOf(PantherException.class);
    }
}
