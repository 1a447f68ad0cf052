package dev.pantherkernel.magics.session;

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
import dev.pantherkernel.magics.connect.Origin;
import dev.pantherkernel.magics.connect.SettingsResolver;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.TableDisplay;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Everything a notebook's {@code %panther} commands share: the connection, the demo server when there is one,
 * the notebook host, the last result, and the watch on the heap that stops fetches into memory before it runs out. A kernel has exactly one; plain Java gets one on first use.
 */
public final class PantherSession implements AutoCloseable {

    private static volatile PantherSession current;

    private final NotebookHost host;
    private final Environment environment;
    private final ClientOptions clientOptions;
    private final Supplier<Optional<DemoProvider>> demos;
    private final HeapWatch heap;
    /** Guards the connection and the one under way; not the demo's start, which may take long and has its own. */
    private final Object connectionLock = new Object();
    private volatile Connection connection;
    private volatile CompletableFuture<Connection> connecting;
    private volatile RunningDemo demo;
    private volatile Result last;
    private volatile TableDisplay display = TableDisplay.DEFAULT;
    private final Set<String> told = ConcurrentHashMap.newKeySet();
    private volatile boolean demoUnannounced;

    public PantherSession(NotebookHost host, Environment environment, ClientOptions clientOptions) {
        this(host, environment, clientOptions, HeapWatch.start());
    }

    /** A session whose fetches into memory stop when {@code heap} says the heap ran low. */
    public PantherSession(NotebookHost host, Environment environment, ClientOptions clientOptions, HeapWatch heap) {
        this(host, environment, clientOptions, PantherSession::installedDemo, heap);
    }

    /** A session whose built-in demo comes from {@code demos} instead of the class path. */
    PantherSession(NotebookHost host, Environment environment, ClientOptions clientOptions,
                   Supplier<Optional<DemoProvider>> demos) {
        this(host, environment, clientOptions, demos, HeapWatch.start());
    }

    private PantherSession(NotebookHost host, Environment environment, ClientOptions clientOptions,
                           Supplier<Optional<DemoProvider>> demos, HeapWatch heap) {
        this.host = host;
        this.environment = environment;
        this.clientOptions = clientOptions;
        this.demos = demos;
        this.heap = heap;
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

    /** Resolves settings, connects and checks the connection; it replaces the previous one. */
    public Connection connect(ConnectOptions options) {
        return connect(options, host::progress);
    }

    private Connection connect(ConnectOptions options, Supplier<NotebookHost.Progress> progress) {
        Connection opened = open(options, progress);
        synchronized (connectionLock) {
            connection = opened;
            demoUnannounced = false;
        }
        return opened;
    }

    private Connection open(ConnectOptions options, Supplier<NotebookHost.Progress> progress) {
        SettingsResolver resolver = new SettingsResolver(environment, host::askSecret,
                () -> demoServer(options.demoSize(), progress));
        ConnectionSettings settings = resolver.resolve(options);
        return Connection.open(settings, clientOptions, environment.cacheDirectory(), this::noticeOnce, heap);
    }

    /**
     * Goes on with {@code token} instead of the connection's own (after the token was rotated, say): the same endpoint,
     * checked like any connection, and it replaces the current one.
     *
     * @param profile the profile that now holds the token, or null when none does (the demo's)
     */
    public Connection useToken(ApiToken token, String profile) {
        ConnectionSettings now = connection().settings();
        ConnectionSettings next = new ConnectionSettings(now.endpoint(), token,
                profile == null ? now.origin() : Origin.PROFILE, profile);
        Connection opened = Connection.open(next, clientOptions, environment.cacheDirectory(), this::noticeOnce, heap);
        synchronized (connectionLock) {
            connection = opened;
        }
        return opened;
    }

    /** The connection; connects with the usual resolution order when there is none yet. */
    public Connection connection() {
        return connection(host::progress);
    }

    /**
     * {@link #connection()} for work no cell waits on (completion connects in the background): starting the demo then
     * shows no progress line, which would otherwise land in whatever cell runs meanwhile, or in none. It joins a
     * connection under way ({@link #connectInBackground()}) rather than making another.
     */
    public Connection connectionInBackground() {
        Connection known = connection;
        if (known != null) {
            return known;
        }
        try {
            return connectInBackground().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /**
     * Whether connecting the usual way would land on the built-in demo, and it would start at once: nothing in the
     * environment or the profile file names a Panther, and the default demo's data came packed.
     */
    public boolean landsOnInstantDemo() {
        boolean demo = new SettingsResolver(environment, host::askSecret, () -> {
            throw new IllegalStateException("only asked where it would connect");
        }).landsOnDemo();
        return demo && demos.get().map(provider -> provider.startsAtOnce(DemoSize.DEFAULT)).orElse(false);
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
        Thread thread = new Thread(() -> connectInto(mine, () -> NotebookHost.Progress.NONE), "panther-connect");
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

    /**
     * The demo server, started on first use; asked for with another size, it starts again with that size. The default
     * size starts at once; generating the sample data of another takes seconds, so the cell then says what it is
     * waiting for (also while another thread starts it).
     */
    private DemoProvider.DemoServer demoServer(DemoSize size, Supplier<NotebookHost.Progress> progress) {
        RunningDemo running = demo;
        if (running != null && running.size().equals(size)) {
            return running.server();
        }
        if (demos.get().map(provider -> provider.startsAtOnce(size)).orElse(true)) {
            return startedDemo(size);
        }
        try (NotebookHost.Progress shown = progress.get()) {
            shown.update("starting the built-in demo: generating its synthetic sample data…");
            return startedDemo(size);
        }
    }

    private synchronized DemoProvider.DemoServer startedDemo(DemoSize size) {
        if (demo != null && !demo.size().equals(size)) {
            RunningDemo other = demo;
            demo = null;
            other.server().close();
        }
        if (demo == null) {
            DemoProvider provider = demos.get().orElseThrow(() -> new PantherException("no Panther to connect to: set "
                    + SettingsResolver.URL_VARIABLE + " and " + SettingsResolver.TOKEN_VARIABLE
                    + " (the built-in demo is not on the class path)"));
            try {
                demo = new RunningDemo(provider.start(size), size);
            } catch (Exception e) {
                throw new PantherException("the built-in demo did not start: " + e.getMessage(), e);
            }
        }
        return demo.server();
    }

    /** The demo server and the size it was started with, read together. */
    private record RunningDemo(DemoProvider.DemoServer server, DemoSize size) {
    }

    private static Optional<DemoProvider> installedDemo() {
        return ServiceLoader.load(DemoProvider.class, PantherSession.class.getClassLoader()).findFirst();
    }

    @Override
    public synchronized void close() {
        if (demo != null) {
            demo.server().close();
            demo = null;
        }
        connection = null;
        connecting = null;
        heap.close();
    }
}
