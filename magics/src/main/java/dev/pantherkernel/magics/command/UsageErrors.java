package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.core.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import java.util.List;
import java.util.stream.Collectors;

/** picocli's parse errors as one line that names what was wrong, with a "did you mean" where it helps. */
final class UsageErrors {

    private UsageErrors() {
    }

    static UsageException from(ParameterException e) {
        CommandLine where = e.getCommandLine();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            boolean option = word.startsWith("-");
            if (!option && CellOnly.is(where)) {
                return new UsageException(CellOnly.bodyOnTheLine(where, word));
            }
            List<String> candidates = option
                    ? where.getCommandSpec().optionsMap().keySet().stream().toList()
                    : where.getSubcommands().keySet().stream().toList();
            String what = option ? "option" : where.getSubcommands().isEmpty() ? "argument" : "command";
            message = "unknown " + what + " '" + word + "'" + (option || what.equals("command")
                    ? Suggestions.didYouMean(word, candidates) : "");
        } else if (e.getCause() instanceof UnreadableWord unreadable && e.getArgSpec() instanceof OptionSpec option) {
            message = unreadable.line(option.longestName());
        } else if (e instanceof CommandLine.MutuallyExclusiveArgsException) {
            message = "give one of " + exclusiveOptions(where) + " at a time";
        }
        String name = where.getCommandSpec().qualifiedName(" ");
        String help = name.equals("%panther") ? "`%panther help`" : "`%panther help " + where.getCommandSpec().name() + "`";
        return new UsageException(message.replace("\n", " ").strip() + " (see " + help + ")");
    }

    private static String exclusiveOptions(CommandLine where) {
        return where.getCommandSpec().argGroups().stream().filter(ArgGroupSpec::exclusive)
                .flatMap(group -> group.options().stream()).map(OptionSpec::longestName)
                .collect(Collectors.joining(", "));
    }
}
