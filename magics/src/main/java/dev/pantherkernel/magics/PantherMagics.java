package dev.pantherkernel.magics;

import dev.pantherkernel.magics.assist.Completion;
import dev.pantherkernel.magics.assist.MagicTextAssist;
import dev.pantherkernel.magics.command.Dispatcher;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.core.KernelVersion;
import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.TablesawStart;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs {@code %panther} lines and {@code %%panther} cells for one session. Plain Java, no Jupyter: the kernel
 * passes the words it split and the cell body, and asks here for completion and help on magic text. With
 * {@link PantherSession}, {@link Result} and {@link dev.pantherkernel.magics.session.NotebookHost} this is all a host
 * needs of the library: how its errors are shown is asked here too, so no host depends on the exception types.
 */
@PublicApi
public final class PantherMagics {

    private final PantherSession session;
    private final AtomicBoolean prepared = new AtomicBoolean();
    private final Dispatcher dispatcher;
    private final MagicTextAssist assist;

    public PantherMagics(PantherSession session) {
        this.session = session;
        this.dispatcher = new Dispatcher(session, session.clock());
        this.assist = new MagicTextAssist(session);
    }

    /**
     * Gets the built-in demo going before any cell asks, when it is where the session would connect and it starts at
     * once: connects on a thread of its own, reads the data lake's catalog and the API schema (what commands type
     * their columns by), so that the first command finds them and the first Tab after {@code FROM} finds the tables.
     * Nothing happens when the environment or a profile names a Panther: a real one is contacted only when a command
     * asks. Failures wait for the command that connects. Done once: the first command or cell magic does it too, so
     * that the demo starts while its command line is read (picocli's grammar takes a while to build the first time).
     * Tablesaw's start ({@link TablesawStart}) is begun then too, whatever Panther the command asks.
     */
    public void prepareDemo() {
        if (!prepared.compareAndSet(false, true)) {
            return;
        }
        TablesawStart.inBackground();
        if (session.landsOnInstantDemo()) {
            session.connectInBackground()
                    .thenAccept(connection -> {
                        DataLakeCatalog.of(connection).tablesSoon(DataLakeCatalog.DEFAULT_DATABASE);
                        connection.schema();
                    })
                    .exceptionally(failed -> null);
        }
    }

    /** Whether the cursor at {@code at} stands in magic text ({@code %panther ...}, a {@code %%} cell) rather than Java. */
    public static boolean isMagicText(String code, int at) {
        return MagicTextAssist.inMagicText(code, at);
    }

    /**
     * Tab in magic text: commands and options from the grammar, a GraphQL cell's fields from the connected schema, a
     * SQL cell's tables and columns from the data lake's catalog. Empty when there is nothing to offer.
     */
    public Optional<Completion> complete(String code, int at) {
        return assist.complete(code, at);
    }

    /** Shift-tab in magic text: a command's usage, or the schema's or catalog's description of the word at the cursor. */
    public Optional<String> inspect(String code, int at) {
        return assist.inspect(code, at);
    }

    /** {@code %panther ARGS...}: returns the command's value (usually a {@code Result}). */
    public Object line(List<String> args) {
        prepareDemo();
        return dispatcher.run(args, null);
    }

    /** {@code %%panther ARGS...} followed by a body. */
    public Object cell(List<String> args, String body) {
        prepareDemo();
        return dispatcher.run(args, body);
    }

    /**
     * {@code %%panther ARGS...} followed by a body that starts on line {@code bodyLine} of the cell, so that errors
     * in the body name the cell's lines (as errors in Java cells do).
     */
    public Object cell(List<String> args, String body, int bodyLine) {
        prepareDemo();
        return dispatcher.run(args, body, bodyLine);
    }

    /**
     * How a cell shows an error the library reports: its one-line message and the lines under it, never a stack trace.
     * Empty for any other throwable (a bug, an error of the user's own Java), which a host shows with its trace.
     */
    public static Optional<Failure> failure(Throwable thrown) {
        if (!(thrown instanceof PantherException panther)) {
            return Optional.empty();
        }
        Result kept = panther instanceof PartialResultException partial ? partial.result() : null;
        return Optional.of(new Failure(panther.kind(), panther.getMessage(), panther.details(),
                Optional.ofNullable(kept)));
    }

    /** An error of the host's own (an unknown magic, a binding it could not make) that shows as the library's do. */
    public static RuntimeException userError(String message, Throwable cause) {
        return new PantherException(message, cause);
    }

    /** This build's version (the jar's Implementation-Version), which the kernel reports as its own. */
    public static String version() {
        return KernelVersion.get();
    }

    /** {@code "; did you mean X?"} when a word of {@code known} is close to {@code written}, else empty. */
    public static String didYouMean(String written, Collection<String> known) {
        return Suggestions.didYouMean(written, known);
    }

    /**
     * A reported error: {@code kind} names it (the error's name in Jupyter's reply), {@code kept} holds the rows
     * fetched before it stopped a fetch part way, for the host to keep as the cell's {@code _}.
     */
    public record Failure(String kind, String message, List<String> details, Optional<Result> kept) {

        public Failure {
            details = List.copyOf(details);
        }
    }
}
