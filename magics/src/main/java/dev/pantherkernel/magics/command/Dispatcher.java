package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.sql.PreparedSql;
import dev.pantherkernel.magics.entity.EntityReport;
import dev.pantherkernel.magics.lakechart.LakeChartResult;
import dev.pantherkernel.magics.redact.Redaction;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.TableDisplay;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import tech.tablesaw.api.Table;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Parses the words of a {@code %panther} line with the one picocli grammar, runs the command, binds its table
 * with {@code --as}, and keeps it as the session's last result (even when the command failed part way). What the
 * command gives back, and the errors it throws, pass through the session's redaction on their way out.
 */
@Internal
public final class Dispatcher {

    private final PantherSession session;
    private final Clock clock;

    public Dispatcher(PantherSession session, Clock clock) {
        this.session = session;
        this.clock = clock;
    }

    public Object run(List<String> args, String body) {
        return run(args, body, 0);
    }

    /** @param bodyLine the cell line the body starts on; 0 when not known (the body is not from a cell) */
    public Object run(List<String> args, String body, int bodyLine) {
        try {
            return parsedAndRun(args, body, bodyLine);
        } catch (RuntimeException e) {
            // a usage error quotes the words, which may hold the original a pseudonym stood for
            throw session == null ? e : session.redaction().failure(e);
        }
    }

    private Object parsedAndRun(List<String> args, String body, int bodyLine) {
        CommandLine root = commandLine(new CommandContext(session, clock), args.isEmpty() ? null : args.get(0));
        List<String> words = args.isEmpty() ? List.of("help")
                : session == null ? ArgumentVariables.substitute(root, args, name -> Optional.empty())
                : ArgumentVariables.substitute(root, args, session.host()::variable, session.redaction().sentValues());
        ParseResult parsed;
        try {
            parsed = root.parseArgs(words.toArray(String[]::new));
        } catch (ParameterException e) {
            throw UsageErrors.from(e);
        }
        ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        Object command = leaf.commandSpec().userObject();
        if (!(command instanceof Callable<?> callable)) {
            String name = leaf.commandSpec().qualifiedName(" ");
            throw new UsageException("`" + name + "` needs one of: "
                    + String.join(", ", leaf.commandSpec().subcommands().keySet()) + " (see `%panther help "
                    + leaf.commandSpec().name() + "`)");
        }
        if (command instanceof TakesCellBody takesBody) {
            takesBody.body(body == null ? "" : body);
            if (bodyLine > 0) {
                takesBody.bodyStartsAt(bodyLine);
            }
        } else if (body != null && !body.isBlank()) {
            throw new UsageException("`" + leaf.commandSpec().qualifiedName(" ").replace("%panther", "%%panther")
                    + "` takes no cell body; write it as a line: `%panther " + String.join(" ", words) + "`");
        }
        boundName(command).ifPresent(session.host()::willBind);
        Redaction redaction = session.redaction();
        try {
            Object value = shownWhole(command, shown(ReplayNote.on(session, DemoBanner.onImplicitDemo(session,
                    callable.call())), redaction));
            keep(command, value);
            return value;
        } catch (PartialResultException partial) {
            PartialResultException shown = (PartialResultException) redaction.failure(partial);
            keep(command, shown.result());
            throw shown;
        } catch (RuntimeException e) {
            throw redaction.failure(e);
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@code --full}: the result asks to be shown whole, whatever the session's display says. */
    private static Object shownWhole(Object command, Object value) {
        if (value instanceof Result result && command instanceof MakesTable makesTable && makesTable.tableOptions().full()) {
            return result.transform(b -> b.display(TableDisplay.FULL));
        }
        return value;
    }

    /** What the notebook gets of a command's value: with the session's redaction on, pseudonyms instead of values. */
    private static Object shown(Object value, Redaction redaction) {
        if (value instanceof Result result) {
            return redaction.result(result);
        }
        if (value instanceof LakeChartResult chart) {
            return chart.redacted(redaction);
        }
        if (value instanceof EntityReport report) {
            return report.redacted(redaction);
        }
        if (value instanceof PreparedSql sql && redaction.on()) {
            return new PreparedSql(redaction.text(sql.sql()), sql.database(), sql.warnings().stream().map(redaction::text).toList(),
                    sql.partitions().stream().map(redaction::text).toList(), sql.split());
        }
        return value;
    }

    /** The Java variable the command binds its result to ({@code --as}), if it asks for one. */
    private static Optional<String> boundName(Object command) {
        if (command instanceof EntityCommand entity) {
            return Optional.ofNullable(entity.as());
        }
        if (command instanceof MakesTable makesTable) {
            return Optional.ofNullable(makesTable.tableOptions().as());
        }
        return Optional.empty();
    }

    private void keep(Object command, Object value) {
        if (value instanceof EntityReport report) {
            session.remember(report.eventsResult());
            if (command instanceof EntityCommand entity && entity.as() != null) {
                session.host().bind(entity.as(), report, EntityReport.class);
            }
            return;
        }
        if (value instanceof LakeChartResult chart) {
            session.remember(chart.buckets());
            return;
        }
        if (!(value instanceof Result result)) {
            return;
        }
        session.remember(result);
        if (command instanceof MakesTable makesTable && makesTable.tableOptions().as() != null) {
            session.host().bind(makesTable.tableOptions().as(), result.table(), Table.class);
        }
    }

    /** The grammar, with commands made by {@link CommandFactory}. Also what help and completion read. */
    static CommandLine commandLine(CommandContext context) {
        return commandLine(context, null);
    }

    /**
     * The grammar a line starting with {@code firstWord} is parsed with: only the command it names, or, when it names
     * none (or asks for help, which lists them all), the whole grammar, so that its error and hints are the same.
     */
    static CommandLine commandLine(CommandContext context, String firstWord) {
        CommandLine root = new CommandLine(new PantherCommand(), new CommandFactory(context));
        Optional<Class<?>> named = firstWord == null ? Optional.empty() : PantherCommand.named(firstWord);
        List<Class<?>> commands = named.filter(command -> command != HelpCommand.class).map(List::<Class<?>>of)
                .orElse(PantherCommand.COMMANDS);
        commands.forEach(root::addSubcommand);
        // after the commands: picocli gives a converter and these settings only to the commands it has by then
        return CellOnly.usageLines(WordConverters.register(root))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setAbbreviatedOptionsAllowed(false)
                // "@path" is a word: picocli would otherwise read the file's lines in as arguments (and echo them)
                .setExpandAtFiles(false)
                .setUsageHelpWidth(100);
    }

    /** The grammar without a session, for help text and completion. */
    public static CommandLine grammar() {
        return grammarOf(null);
    }

    /** As {@link #grammar()}, with only the command {@code firstWord} names when it names one (see commandLine). */
    public static CommandLine grammarOf(String firstWord) {
        return commandLine(new CommandContext(null, Clock.systemUTC()), firstWord);
    }
}
