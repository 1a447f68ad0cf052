package dev.pantherkernel.magics.assist;

import dev.pantherkernel.magics.command.Dispatcher;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.CellMagicText;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.datalake.catalog.KnownTables;
import dev.pantherkernel.magics.session.PantherSession;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tab and shift-tab in {@code %panther} text: the command line from the grammar, the body of a
 * {@code %%panther graphql} cell from the connected Panther's schema, of a {@code %%panther sql} cell from the
 * data lake's catalog. No Jupyter here: the kernel asks through {@code PantherMagics}.
 */
@Internal
public final class MagicTextAssist {

    /**
     * Under the second JupyterLab gives a completion provider before it drops its answer (its {@code providerTimeout}),
     * with time left for the reply's way back.
     */
    private static final Duration COMPLETION_WAIT = Duration.ofMillis(850);

    /** How long a Tab that has the tables kept from the last listing to offer waits for fresh ones. */
    private static final Duration KEPT_TABLES_WAIT = Duration.ofMillis(200);

    private final CommandLineAssist commandLine;
    private final PantherSession session;

    public MagicTextAssist(PantherSession session) {
        this.session = session;
        this.commandLine = new CommandLineAssist(name -> session.host().variable(name), session::last);
    }

    /** Whether the cursor stands in magic text rather than Java. */
    public static boolean inMagicText(String code, int at) {
        if (CellMagicText.of(code).isPresent()) {
            return true;
        }
        return Where.of(code, at).line.stripLeading().startsWith("%");
    }

    public Optional<Completion> complete(String code, int at) {
        Where where = Where.of(code, at);
        if (where.inBody) {
            // connecting (the demo, say) goes on while the cell's first line is read: the wait for it counts from here
            long asked = System.nanoTime();
            startConnecting();
            Optional<SqlAssist> sql = sql(where, asked);
            Optional<Completion> inBody = sql.isPresent()
                    ? sql.flatMap(s -> s.complete(where.body, at - where.bodyStart))
                    : graphql(where, asked).flatMap(g -> g.complete(where.body, at - where.bodyStart));
            return inBody.map(c -> c.shifted(where.bodyStart));
        }
        return commandLine.complete(where.line, at - where.lineStart).map(c -> c.shifted(where.lineStart));
    }

    public Optional<String> inspect(String code, int at) {
        Where where = Where.of(code, at);
        if (where.inBody) {
            long asked = System.nanoTime();
            Optional<SqlAssist> sql = sql(where, asked);
            return sql.isPresent()
                    ? sql.flatMap(s -> s.inspect(where.body, at - where.bodyStart))
                    : graphql(where, asked).flatMap(g -> g.inspect(where.body, at - where.bodyStart));
        }
        return commandLine.inspect(where.line, at - where.lineStart);
    }

    private Optional<GraphQLAssist> graphql(Where where, long asked) {
        if (!cellCommand(where.firstLine).equals("graphql")) {
            return Optional.empty();
        }
        return within(startConnecting(), asked).map(c -> new GraphQLAssist(c.browsableSchema().schema()));
    }

    private Optional<SqlAssist> sql(Where where, long asked) {
        if (!cellCommand(where.firstLine).equals("sql")) {
            return Optional.empty();
        }
        String db = database(where.firstLine);
        CompletableFuture<Connection> connecting = startConnecting();
        // the tables are listed the moment the connection is made, and the Tab waits for them while it may: an answer
        // after JupyterLab's wait would be thrown away, so a Tab that cannot wait offers the tables kept from the last
        // listing, if any, and the next Tab has the fresh ones
        CompletableFuture<Connection> listed = connecting.thenCompose(
                c -> DataLakeCatalog.of(c).tablesSoon(db).handle((tables, failed) -> c));
        Optional<KnownTables> kept = listed.isDone() ? Optional.empty() : DataLakeCatalog.kept(session, db);
        Duration wait = kept.isPresent() ? KEPT_TABLES_WAIT : COMPLETION_WAIT;
        return within(listed, asked, wait).map(c -> new SqlAssist(DataLakeCatalog.of(c), db))
                .or(() -> kept.map(tables -> new SqlAssist(tables, db)));
    }

    /** The command of a {@code %%panther} first line ({@code sql}); empty for anything else. */
    private static String cellCommand(String firstLine) {
        return firstLine.stripLeading().startsWith("%%") ? words(firstLine)[0] : "";
    }

    private static String[] words(String line) {
        int start = CommandLineAssist.argumentsStart(line);
        return start < 0 ? new String[] {""} : line.substring(start).strip().split("\\s+");
    }

    /**
     * The sql cell's {@code --database}, as the grammar reads the first line. A line still being typed may not parse;
     * the options read before the word it stopped at keep their values.
     */
    private static String database(String firstLine) {
        OptionSpec database;
        String[] words = words(firstLine);
        try {
            // only the sql command's grammar: building all of them is most of a cold kernel's first Tab
            database = Dispatcher.grammarOf(words[0]).parseArgs(words).subcommand().commandSpec().findOption("--database");
        } catch (ParameterException e) {
            database = e.getCommandLine().getCommandSpec().findOption("--database");
        }
        Object value = database == null ? null : database.getValue();
        return value == null ? DataLakeCatalog.DEFAULT_DATABASE : value.toString();
    }

    /**
     * What {@code work} gives if it is done within JupyterLab's wait for a completion, counted from {@code asked};
     * empty otherwise, or when it failed (the command that runs will say why). Connecting (starting the demo, say) and
     * listing the tables can take seconds: they go on in the background, and the next Tab finds them.
     */
    private static <T> Optional<T> within(CompletableFuture<T> work, long asked) {
        return within(work, asked, COMPLETION_WAIT);
    }

    private static <T> Optional<T> within(CompletableFuture<T> work, long asked, Duration wait) {
        long left = wait.toMillis() - (System.nanoTime() - asked) / 1_000_000;
        try {
            return Optional.of(work.get(Math.max(1, left), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * The connection under way, started now when none is (unless connected already: then nothing to start); the
     * session's own, so that a Tab joins the one the kernel or a cell started.
     */
    private CompletableFuture<Connection> startConnecting() {
        return session.connectionIfOpen().map(CompletableFuture::completedFuture).orElseGet(session::connectInBackground);
    }

    /** The line under the cursor, and for a cell magic its first line and body. */
    private record Where(String line, int lineStart, String firstLine, boolean inBody, String body, int bodyStart) {

        static Where of(String code, int at) {
            int cursor = Math.max(0, Math.min(at, code.length()));
            int lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
            int lineEnd = code.indexOf('\n', cursor);
            String line = code.substring(lineStart, lineEnd < 0 ? code.length() : lineEnd);
            Optional<CellMagicText> cell = CellMagicText.of(code);
            if (cell.isEmpty()) {
                return new Where(line, lineStart, "", false, "", 0);
            }
            CellMagicText magic = cell.get();
            boolean inBody = magic.inBody(cursor);
            return new Where(line, lineStart, magic.magicLine(), inBody, inBody ? magic.body(code) : "", magic.bodyStart());
        }
    }
}
