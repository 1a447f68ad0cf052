package dev.pantherkernel.magics;

import dev.pantherkernel.magics.command.PantherCommand;
import dev.pantherkernel.magics.command.Suggestions;
import dev.pantherkernel.magics.command.TakesCellBody;
import dev.pantherkernel.magics.command.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * Runs {@code %panther} lines and {@code %%panther} cells: parses the words with the one picocli grammar and
 * calls the chosen command. Plain Java, no Jupyter: the kernel passes the words it split.
 */
public final class PantherMagics {

    /** {@code %panther ARGS...}: returns the command's value (usually a table). */
    public Object line(List<String> args) {
        return run(args, null);
    }

    /** {@code %%panther ARGS...} followed by a body. */
    public Object cell(List<String> args, String body) {
        return run(args, body);
    }

    private Object run(List<String> args, String body) {
        List<String> words = args.isEmpty() ? List.of("help") : args;
        CommandLine root = newCommandLine();
        ParseResult parsed;
        try {
            parsed = root.parseArgs(words.toArray(String[]::new));
        } catch (ParameterException e) {
            throw usageError(e);
        }
        ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        Object command = leaf.commandSpec().userObject();
        if (!(command instanceof Callable<?> callable)) {
            throw new UsageException("`%panther " + String.join(" ", words)
                    + "` is not a command; `%panther help` lists them");
        }
        if (command instanceof TakesCellBody takesBody) {
            takesBody.body(body == null ? "" : body);
        } else if (body != null && !body.isBlank()) {
            throw new UsageException("`" + leaf.commandSpec().qualifiedName(" ").replace("%panther", "%%panther")
                    + "` takes no cell body; write it as a line: `%panther " + String.join(" ", words) + "`");
        }
        try {
            return callable.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static CommandLine newCommandLine() {
        return new CommandLine(new PantherCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setAbbreviatedOptionsAllowed(false);
    }

    private static UsageException usageError(ParameterException e) {
        CommandLine where = e.getCommandLine();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            List<String> candidates = word.startsWith("-")
                    ? where.getCommandSpec().optionsMap().keySet().stream().toList()
                    : where.getSubcommands().keySet().stream().toList();
            String what = word.startsWith("-") ? "option" : "command";
            message = "unknown " + what + " '" + word + "'" + Suggestions.didYouMean(word, candidates);
        }
        String help = where.getCommandSpec().qualifiedName(" ").equals("%panther")
                ? "`%panther help`"
                : "`%panther help " + where.getCommandSpec().name() + "`";
        return new UsageException(message + " (see " + help + ")");
    }
}
