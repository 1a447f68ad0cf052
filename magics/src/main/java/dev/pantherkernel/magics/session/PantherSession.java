package dev.pantherkernel.magics.session;

import dev.pantherkernel.magics.client.Endpoint;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.client.ApiToken;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.client.OperationInterruptedException;
import dev.pantherkernel.magics.connect.ConnectOptions;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.ConnectionSettings;
import dev.pantherkernel.magics.connect.DemoProvider;
import dev.pantherkernel.magics.connect.DemoSize;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.connect.ConnectionSettings.Origin;
import dev.pantherkernel.magics.connect.SettingsResolver;
import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.replay.RecordingWriter.BeforeWriting;
import dev.pantherkernel.magics.replay.RecordingWriter;
import dev.pantherkernel.magics.replay.Replay;
import dev.pantherkernel.magics.redact.Redaction;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.TableDisplay;
import graphql.schema.GraphQLSchema;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything a notebook's {@code %panther} commands share: the connection, the demo server when there is one,
 * the notebook host, the last result, the watch on the heap that stops fetches into memory before it runs out, the
 * session's clock, and the redaction (its settings, its key and its pseudonyms) that every result passes through on its
 * way to the notebook. A session may record every answer from Panther into a file ({@link #record}), or answer from
 * such a file instead of any Panther ({@code connect --replay}); {@code PANTHER_RECORD=FILE} and
 * {@code PANTHER_REPLAY=FILE} in the environment start either with the session. A kernel has exactly one; plain Java
 * gets one on first use.
 */
@PublicApi
public final class PantherSession implements AutoCloseable {

    /** Records every answer of the session into this file from its start. */
    public static final String RECORD_VARIABLE = "PANTHER_RECORD";
    /** Answers the whole session from this recording: every connect replays it. */
    public static final String REPLAY_VARIABLE = "PANTHER_REPLAY";

    private static volatile PantherSession current;

    private final NotebookHost host;
    private final Environment environment;
    private final ClientOptions clientOptions;
    private final BuiltInDemo demo;
    private final HeapWatch heap;
    /** Guards the connection and the one under way; not the demo's start, which may take long and has its own. */
    private final Object connectionLock = new Object();
    private final Redaction redaction = new Redaction();
    private volatile Connection connection;
    private volatile CompletableFuture<Connection> connecting;
    private volatile Result last;
    private volatile TableDisplay display = TableDisplay.DEFAULT;
    private final Set<String> told = ConcurrentHashMap.newKeySet();
    private volatile boolean demoUnannounced;
    private final RecordReplay tape = new RecordReplay(this::noticeOnce);
    private volatile PantherException environmentProblem;

    public PantherSession(NotebookHost host, Environment environment, ClientOptions clientOptions) {
        this(host, environment, clientOptions, HeapWatch.start());
    }

    /** A session whose fetches into memory stop when {@code heap} says the heap ran low. */
    public PantherSession(NotebookHost host, Environment environment, ClientOptions clientOptions, HeapWatch heap) {
        this(host, environment, clientOptions, BuiltInDemo::installed, heap);
    }

    /** A session whose built-in demo comes from {@code demos} instead of the class path. */
    PantherSession(NotebookHost host, Environment environment, ClientOptions clientOptions,
                   Supplier<Optional<DemoProvider>> demos) {
        this(host, environment, clientOptions, demos, HeapWatch.start());
    }

    private PantherSession(NotebookHost host, Environment environment, ClientOptions clientOptions,
                           Supplier<Optional<DemoProvider>> demos, HeapWatch heap) {
        this.host = new RedactedHost(host, redaction);
        this.environment = environment;
        this.clientOptions = clientOptions.transform(b -> b.sentValues(redaction.sentValues()));
        this.demo = new BuiltInDemo(demos);
        this.heap = heap;
        heap.onNeedRoom(this::forgetLast);
        tape.beforeWriting(new RedactedRecording(redaction));
        startFromEnvironment();
    }

    /**
     * {@code PANTHER_REPLAY} or {@code PANTHER_RECORD}, before any cell runs, so that the clock's first read is on the
     * tape. A file that cannot be read or written is reported by the first connect, not by the kernel's start.
     */
    private void startFromEnvironment() {
        Optional<String> replayed = environment.variable(REPLAY_VARIABLE);
        try {
            if (replayed.isPresent()) {
                tape.replay(Path.of(replayed.get()));
            } else {
                environment.variable(RECORD_VARIABLE).ifPresent(file -> record(Path.of(file).toAbsolutePath().normalize()));
            }
        } catch (PantherException e) {
            environmentProblem = new PantherException((replayed.isPresent() ? REPLAY_VARIABLE : RECORD_VARIABLE) + ": "
                    + e.getMessage(), e);
        }
    }

    /** A session in {@code host} that reads this process's environment and uses the client's usual settings. */
    public PantherSession(NotebookHost host) {
        this(host, Environment.system(), ClientOptions.defaults());
    }

    /** The session of this JVM: the kernel's, or a standalone one made on first use. */
    public static PantherSession current() {
        PantherSession session = current;
        if (session == null) {
            synchronized (PantherSession.class) {
                if (current == null) {
                    current = new PantherSession(NotebookHost.standalone());
                }
                session = current;
            }
        }
        return session;
    }

    /** Makes {@code session} the one {@link #current()} returns (the kernel does this at start-up). */
    public static void install(PantherSession session) {
        current = session;
    }

    public NotebookHost host() {
        return host;
    }

    public Environment environment() {
        return environment;
    }

    /** The watch on this JVM's heap: fetches into memory stop when it ran low, keeping the rows so far. */
    public HeapWatch heap() {
        return heap;
    }

    /** What {@code %panther redact} set, and the pseudonyms it made; every result on its way out passes through it. */
    public Redaction redaction() {
        return redaction;
    }

    /**
     * The notebook's Java variables as queries take them: a pseudonym in a value (a string, or the strings of a list
     * or map) stands for the original it replaced, which is what Panther must be asked about.
     */
    public Function<String, Optional<Object>> variables() {
        return name -> host.variable(name).map(redaction::original);
    }

    /** What the notebook gets of {@code result}: redacted when redaction is on; it becomes the last result. */
    public Result deliver(Result result) {
        Result shown = redaction.result(noteReplay(result));
        last = shown;
        return shown;
    }

    /**
     * Runs {@code work} and {@linkplain #deliver(Result) delivers} its result; an error it throws leaves redacted
     * too (its message, and the rows a partial result kept).
     */
    public Result deliver(Supplier<Result> work) {
        Result result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            throw redaction.failure(e);
        }
        return deliver(result);
    }

    /** Resolves settings, connects and checks the connection; it replaces the previous one. */
    public Connection connect(ConnectOptions options) {
        return connect(options, host::progress);
    }

    private Connection connect(ConnectOptions options, Supplier<NotebookHost.Progress> progress) {
        return opened(open(options, progress));
    }

    private Connection open(ConnectOptions options, Supplier<NotebookHost.Progress> progress) {
        if (environmentProblem != null) {
            throw environmentProblem;
        }
        if (options.replay() != null) {
            tape.replay(options.replay());
            connection = null;
        }
        if (tape.replaying().isPresent()) {
            return tape.replayed(options, connectionIfOpen(), setup());
        }
        SettingsResolver resolver = new SettingsResolver(environment, host::askSecret,
                () -> demo.server(options.demoSize(), progress));
        return openOver(resolver.resolve(options));
    }

    /** A connection with these settings; to the demo, with the schema it hands over instead of introspecting it. */
    private Connection openOver(ConnectionSettings settings) {
        GraphQLSchema handedOver = settings.demo() ? demo.schema().orElse(null) : null;
        return Connection.open(settings, tape.overTheNetwork(settings.endpoint(), clientOptions), setup(), handedOver);
    }

    private Connection opened(Connection opened) {
        synchronized (connectionLock) {
            connection = opened;
            demoUnannounced = false;
            tape.opened(opened);
        }
        return opened;
    }

    private Connection.Setup setup() {
        return new Connection.Setup(clientOptions, environment.cacheDirectory(), this::noticeOnce, heap, tape.clock());
    }

    /**
     * Whether this session answers from a recording ({@code connect --replay}, {@code PANTHER_REPLAY}), and which: then
     * every connect of it replays, the notebook's own connect cells included, whatever their flags.
     */
    public Optional<Replay> replaying() {
        return tape.replaying();
    }

    /**
     * Records every answer from Panther into {@code file} from now on, over this connection and any later one, with
     * each read of the session clock; the file is replaced. Naming the file it records to already changes nothing.
     * A replaying session does not record: the command says so before asking.
     */
    public RecordingWriter record(Path file) {
        return tape.record(file, connectionIfOpen());
    }

    /** Stops recording, closing the file; what it recorded, if it was recording. */
    public Optional<RecordingWriter> stopRecording() {
        return tape.stop();
    }

    /** The recording this session writes now, if it records. */
    public Optional<RecordingWriter> recording() {
        return tape.recording();
    }

    /**
     * The step every answer passes before a recording writes it (redaction's place); from the next {@code record} on.
     */
    public void beforeWriting(BeforeWriting step) {
        tape.beforeWriting(step);
    }

    /**
     * The session's time: what "now" is for every relative window, partition bound and provenance of the library;
     * the recorded times, in order, while it replays.
     */
    public Clock clock() {
        return tape.clock();
    }

    /** Requests this session's connections sent over the network (none while it replays). */
    public long requestsSent() {
        return tape.requestsSent();
    }

    /**
     * A result with {@code replayed from FILE, recorded T from ENDPOINT} in its footer when the connection answers
     * from a recording; as it is otherwise.
     */
    public Result noteReplay(Result result) {
        Connection open = connection;
        if (open == null || open.replayedFrom().isEmpty()) {
            return result;
        }
        return result.transform(b -> b.detail(open.replayedFrom().get()));
    }

    /**
     * Goes on with {@code token} instead of the connection's own (after the token was rotated, say): the same endpoint,
     * checked like any connection, and it replaces the current one.
     *
     * @param profile the profile that now holds the token, or null when none does (the demo's)
     */
    public Connection useToken(ApiToken token, String profile) {
        if (tape.replaying().isPresent()) {
            throw new PantherException("this session replays a recording: it has no token to change");
        }
        ConnectionSettings now = connection().settings();
        ConnectionSettings next = new ConnectionSettings(now.endpoint(), token,
                profile == null ? now.origin() : Origin.PROFILE, profile);
        return opened(openOver(next));
    }

    /** The connection; connects with the usual resolution order when there is none yet. */
    public Connection connection() {
        return connection(host::progress);
    }

    /**
     * Whether connecting the usual way would land on the built-in demo, and it would start at once: nothing in the
     * environment or the profile file names a Panther, and the default demo's data came packed.
     */
    public boolean landsOnInstantDemo() {
        return landsOnDemo() && demo.startsAtOnce(DemoSize.DEFAULT);
    }

    /** Whether connecting the usual way would land on the built-in demo: nothing in the environment or profile names a Panther. */
    public boolean landsOnDemo() {
        return connectsByItself() && whereToConnect().landsOnDemo();
    }

    /**
     * The address connecting the usual way would go to ({@code PANTHER_API_URL}, else the default profile's), asked
     * without connecting or reading a token; empty for the demo, on replay, or when it cannot be read.
     */
    public Optional<Endpoint> defaultEndpoint() {
        return connectsByItself() ? whereToConnect().defaultEndpoint() : Optional.empty();
    }

    /** Whether connecting the usual way goes by the environment and profile at all: not on replay, nor when they are broken. */
    private boolean connectsByItself() {
        return environmentProblem == null && tape.replaying().isEmpty();
    }

    private SettingsResolver whereToConnect() {
        return new SettingsResolver(environment, host::askSecret, () -> {
            throw new IllegalStateException("only asked where it would connect");
        });
    }

    /** Whether a connection is being made right now (the built-in demo starting, say): work that can wait should. */
    public boolean connectingNow() {
        CompletableFuture<Connection> pending = connecting;
        return pending != null && !pending.isDone();
    }

    /**
     * Connects the usual way on a thread of its own, unless connected or connecting already; what a command asks for
     * meanwhile waits for it. A kernel starts this once it is ready for cells when the demo is where it would connect,
     * so that the first command and the first Tab find it running.
     */
    public CompletableFuture<Connection> connectInBackground() {
        CompletableFuture<Connection> mine = new CompletableFuture<>();
        CompletableFuture<Connection> pending = claimConnecting(mine);
        if (pending != null) {
            return pending;
        }
        Thread thread = new Thread(() -> connectQuietly(mine), "panther-connect");
        thread.setDaemon(true);
        thread.start();
        return mine;
    }

    /**
     * The default connection under way, or null after making {@code mine} the one under way (the caller then makes
     * it): one connection at a time, whether a cell, a Tab or the kernel's start asked first.
     */
    private CompletableFuture<Connection> claimConnecting(CompletableFuture<Connection> mine) {
        synchronized (connectionLock) {
            CompletableFuture<Connection> pending = connecting;
            if (pending != null && !pending.isCompletedExceptionally()) {
                return pending;
            }
            connecting = mine;
            return null;
        }
    }

    /**
     * The background connect: its failure is the future's, for whoever waits on it (a command connecting again says
     * why); thrown out of the thread it would land, as a stack trace, in whatever cell runs (a cell that switches the
     * demo to another size stops the one this thread connects to).
     */
    private void connectQuietly(CompletableFuture<Connection> future) {
        try {
            connectInto(future, () -> NotebookHost.Progress.NONE);
        } catch (RuntimeException | Error failed) {
            // kept in the future
        }
    }

    private Connection connectInto(CompletableFuture<Connection> future, Supplier<NotebookHost.Progress> progress) {
        try {
            Connection opened = connectByDefault(progress);
            future.complete(opened);
            return opened;
        } catch (RuntimeException | Error failed) {
            future.completeExceptionally(failed);
            throw failed;
        }
    }

    private Connection connection(Supplier<NotebookHost.Progress> progress) {
        Connection known = connection;
        if (known != null) {
            return known;
        }
        CompletableFuture<Connection> mine = new CompletableFuture<>();
        CompletableFuture<Connection> pending = claimConnecting(mine);
        if (pending == null) {
            return connectInto(mine, progress);
        }
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationInterruptedException("connecting");
        } catch (ExecutionException | CancellationException failed) {
            // connecting again here, in the cell, says why it fails
            return connectByDefault(progress);
        }
    }

    /** Connects with the usual resolution order, unless a connection was made meanwhile (an explicit connect wins). */
    private Connection connectByDefault(Supplier<NotebookHost.Progress> progress) {
        Connection known = connection;
        if (known != null) {
            return known;
        }
        Connection opened = open(ConnectOptions.defaults(), progress);
        synchronized (connectionLock) {
            if (connection == null) {
                connection = opened;
                demoUnannounced = opened.demo();
                tape.opened(opened);
            }
            return connection;
        }
    }

    /**
     * True once after the session connected by itself (no {@code connect}) and landed on the built-in demo: the next
     * result must say so, since synthetic alerts must never pass for real ones.
     */
    public boolean takeDemoAnnouncement() {
        boolean pending = demoUnannounced;
        demoUnannounced = false;
        return pending;
    }

    public Optional<Connection> connectionIfOpen() {
        return Optional.ofNullable(connection);
    }

    public Optional<Result> last() {
        return Optional.ofNullable(last);
    }

    public void remember(Result result) {
        last = result;
    }

    /** Lets go of the last result, kept for {@code Panther.last()}, when the heap needs the room; true if there was one. */
    private boolean forgetLast() {
        boolean had = last != null;
        last = null;
        return had;
    }

    /** How much of every table the notebook shows (set by {@code %panther display}). */
    public TableDisplay display() {
        return display;
    }

    public void display(TableDisplay value) {
        display = value;
    }

    /** Shows a notice the first time only: the same words again in this session would be noise. */
    private void noticeOnce(String message) {
        if (told.add(message)) {
            host.warn(message);
        }
    }

    @Override
    public synchronized void close() {
        tape.stop();
        demo.close();
        connection = null;
        connecting = null;
        heap.close();
    }
}
