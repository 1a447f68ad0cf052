package dev.pantherkernel.magics.session;

import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.ConnectOptions;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.connect.ConnectionSettings;
import dev.pantherkernel.magics.connect.DemoProvider;
import dev.pantherkernel.magics.connect.DemoSize;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.connect.SettingsResolver;
import dev.pantherkernel.magics.table.Result;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything a notebook's {@code %panther} commands share: the connection, the demo server when there is one,
 * the notebook host, and the last result. A kernel has exactly one; plain Java gets one on first use.
 */
public final class PantherSession implements AutoCloseable {

    private static volatile PantherSession current;

    private final NotebookHost host;
    private final Environment environment;
    private final ClientOptions clientOptions;
    private volatile Connection connection;
    private volatile DemoProvider.DemoServer demo;
    private volatile DemoSize demoSize;
    private volatile Result last;
    private final Set<String> told = ConcurrentHashMap.newKeySet();
    private volatile boolean demoUnannounced;

    public PantherSession(NotebookHost host, Environment environment, ClientOptions clientOptions) {
        this.host = host;
        this.environment = environment;
        this.clientOptions = clientOptions;
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

    /** Resolves settings, connects and checks the connection; it replaces the previous one. */
    public Connection connect(ConnectOptions options) {
        SettingsResolver resolver = new SettingsResolver(environment, host::askSecret, () -> demoServer(options.demoSize()));
        ConnectionSettings settings = resolver.resolve(options);
        Connection opened = Connection.open(settings, clientOptions, environment.cacheDirectory(), this::noticeOnce);
        connection = opened;
        demoUnannounced = false;
        return opened;
    }

    /** The connection; connects with the usual resolution order when there is none yet. */
    public Connection connection() {
        Connection known = connection;
        if (known != null) {
            return known;
        }
        Connection opened = connect(ConnectOptions.defaults());
        demoUnannounced = opened.demo();
        return opened;
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

    /** Shows a notice the first time only: the same words again in this session would be noise. */
    private void noticeOnce(String message) {
        if (told.add(message)) {
            host.warn(message);
        }
    }

    /** The demo server, started on first use; asked for with another size, it starts again with that size. */
    private synchronized DemoProvider.DemoServer demoServer(DemoSize size) {
        if (demo != null && !size.equals(demoSize)) {
            demo.close();
            demo = null;
        }
        if (demo == null) {
            DemoProvider provider = ServiceLoader.load(DemoProvider.class, PantherSession.class.getClassLoader())
                    .findFirst().orElseThrow(() -> new PantherException("no Panther to connect to: set "
                            + SettingsResolver.URL_VARIABLE + " and " + SettingsResolver.TOKEN_VARIABLE
                            + " (the built-in demo is not on the class path)"));
            try {
                demo = provider.start(size);
                demoSize = size;
            } catch (Exception e) {
                throw new PantherException("the built-in demo did not start: " + e.getMessage(), e);
            }
        }
        return demo;
    }

    @Override
    public synchronized void close() {
        if (demo != null) {
            demo.close();
            demo = null;
        }
        connection = null;
    }
}
