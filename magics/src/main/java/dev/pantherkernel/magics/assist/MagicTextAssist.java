package dev.pantherkernel.kernel;

import dev.pantherkernel.magics.assist.CommandLineAssist;
import dev.pantherkernel.magics.assist.Completion;
import dev.pantherkernel.magics.assist.GraphQLAssist;
import dev.pantherkernel.magics.assist.SqlAssist;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.datalake.DataLakeCatalog;
import dev.pantherkernel.magics.session.PantherSession;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tab and shift-tab in {@code %panther} text: the command line from the grammar, the body of a
 * {@code %%panther graphql} cell from the connected Panther's schema. Empty when the cursor is in Java.
 */
final class MagicTextAssist {

    private static final Pattern SQL_CELL = Pattern.compile("\\s*%%panther\\s+sql\\b.*");
    private static final Pattern DATABASE = Pattern.compile("--database(?:=|\\s+)(\\S+)");

    /** Under the second JupyterLab gives a completion provider before it stops waiting. */
    private static final Duration CONNECT_WAIT = Duration.ofMillis(800);

    private final CommandLineAssist commandLine;
    private final PantherSession session;
    private final AtomicReference<CompletableFuture<Connection>> connecting = new AtomicReference<>();

    MagicTextAssist(PantherSession session) {
        this.session = session;
        this.commandLine = new CommandLineAssist(name -> session.host().variable(name));
    }

    /** Whether the cursor stands in magic text rather than Java. */
    static boolean inMagicText(String code, int at) {
        if (code.stripLeading().startsWith("%%")) {
            return true;
        }
        return PantherKernel.currentLine(code, at).stripLeading().startsWith("%");
    }

    Optional<Completion> complete(String code, int at) {
        Where where = Where.of(code, at);
        if (where.inBody) {
            Optional<Completion> inBody = sql(where).isPresent()
                    ? sql(where).flatMap(s -> s.complete(where.body, at - where.bodyStart))
                    : graphql(where).flatMap(g -> g.complete(where.body, at - where.bodyStart));
            return inBody.map(c -> c.shifted(where.bodyStart));
        }
        return commandLine.complete(where.line, at - where.lineStart).map(c -> c.shifted(where.lineStart));
    }

    Optional<String> inspect(String code, int at) {
        Where where = Where.of(code, at);
        if (where.inBody) {
            return sql(where).isPresent()
                    ? sql(where).flatMap(s -> s.inspect(where.body, at - where.bodyStart))
                    : graphql(where).flatMap(g -> g.inspect(where.body, at - where.bodyStart));
        }
        return commandLine.inspect(where.line, at - where.lineStart);
    }

    private Optional<GraphQLAssist> graphql(Where where) {
        if (!where.firstLine.matches("\\s*%%panther\\s+graphql\\b.*")) {
            return Optional.empty();
        }
        return connection().map(c -> new GraphQLAssist(c.browsableSchema().schema()));
    }

    private Optional<SqlAssist> sql(Where where) {
        Matcher sql = SQL_CELL.matcher(where.firstLine);
        if (!sql.matches()) {
            return Optional.empty();
        }
        Matcher database = DATABASE.matcher(where.firstLine);
        String db = database.find() ? database.group(1) : DataLakeCatalog.DEFAULT_DATABASE;
        return connection().map(c -> new SqlAssist(DataLakeCatalog.of(c), db));
    }

    /**
     * The session's connection, made the usual way (environment, profile, demo) when no command connected yet:
     * completing a table name is often the first thing done in a notebook. Connecting (starting the demo, say) can
     * take seconds, and JupyterLab drops a completion that takes more than one: it goes on in the background, and
     * this completion offers nothing while it does; the next one has the catalog. Empty when connecting fails; the
     * command that runs will say why.
     */
    private Optional<Connection> connection() {
        Optional<Connection> open = session.connectionIfOpen();
        if (open.isPresent()) {
            return open;
        }
        CompletableFuture<Connection> attempt = connecting.updateAndGet(f -> f == null || f.isCompletedExceptionally()
                ? CompletableFuture.supplyAsync(session::connection) : f);
        try {
            return Optional.of(attempt.get(CONNECT_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The line under the cursor, and for a cell magic its first line and body. */
    private record Where(String line, int lineStart, String firstLine, boolean inBody, String body, int bodyStart) {

        static Where of(String code, int at) {
            int cursor = Math.max(0, Math.min(at, code.length()));
            int lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
            int lineEnd = code.indexOf('\n', cursor);
            String line = code.substring(lineStart, lineEnd < 0 ? code.length() : lineEnd);
            int firstEnd = code.indexOf('\n');
            String firstLine = firstEnd < 0 ? code : code.substring(0, firstEnd);
            boolean cellMagic = code.stripLeading().startsWith("%%");
            boolean inBody = cellMagic && firstEnd >= 0 && cursor > firstEnd;
            return new Where(line, lineStart, firstLine, inBody, inBody ? code.substring(firstEnd + 1) : "",
                    firstEnd + 1);
        }
    }
}
