package dev.pantherkernel.magics.assist;

import dev.pantherkernel.magics.command.Dispatcher;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Tab and shift-tab in a {@code %panther} line, from the command grammar itself: command names, option names,
 * and option values that have a fixed set (severities, statuses, permissions, metric names); for {@code chart}, the
 * columns of the table it names, matched in any case.
 */
final class CommandLineAssist {

    /** The options of {@code chart} whose values are columns of its table. */
    private static final Set<String> COLUMN_OPTIONS = Set.of("--x", "--y", "--by");

    private final Function<String, Optional<Object>> variables;
    private final Supplier<Optional<Result>> last;

    /** Without the session's variables: no column names. */
    public CommandLineAssist() {
        this(name -> Optional.empty(), Optional::empty);
    }

    /**
     * @param variables the session's Java variables, whose tables' columns {@code chart} completes
     * @param last      the session's last result, which {@code chart} without a table draws
     */
    public CommandLineAssist(Function<String, Optional<Object>> variables, Supplier<Optional<Result>> last) {
        this.variables = variables;
        this.last = last;
    }

    /** Built on first use: picocli reads every command by reflection, which a starting kernel should not wait for. */
    private CommandSpec root;

    private synchronized CommandSpec root() {
        if (root == null) {
            root = Dispatcher.grammar().getCommandSpec();
        }
        return root;
    }

    /** @param line a line starting with {@code %panther} or {@code %%panther}; {@code cursor} an offset into it */
    public Optional<Completion> complete(String line, int cursor) {
        int argsStart = argumentsStart(line);
        if (argsStart < 0 || cursor < argsStart) {
            return Optional.empty();
        }
        String before = line.substring(argsStart, Math.min(cursor, line.length()));
        List<String> words = new ArrayList<>(Arrays.asList(before.strip().isEmpty() ? new String[0] : before.strip().split("\\s+")));
        String partial = before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1)) || words.isEmpty()
                ? "" : words.remove(words.size() - 1);
        Context context = walk(words);
        Set<String> candidates = new LinkedHashSet<>();
        String typed = partial;
        int replaceFrom = cursor - partial.length();
        if (context.pendingOption != null) {
            int comma = partial.lastIndexOf(',');
            typed = partial.substring(comma + 1);
            replaceFrom = cursor - typed.length();
            values(context.pendingOption).forEach(candidates::add);
            if (context.spec.name().equals("chart") && COLUMN_OPTIONS.contains(context.pendingOption.longestName())) {
                candidates.addAll(chartColumns(words));
            }
        } else if (partial.startsWith("-")) {
            context.spec.options().stream().filter(o -> !o.hidden()).forEach(o -> candidates.addAll(Arrays.asList(o.names())));
        } else {
            candidates.addAll(context.spec.subcommands().keySet());
            if (context.spec.name().equals("help")) {
                candidates.addAll(root().subcommands().keySet());
            }
            for (PositionalParamSpec p : context.spec.positionalParameters()) {
                values(p).forEach(candidates::add);
            }
        }
        String needle = typed.toLowerCase(Locale.ROOT);
        List<String> matches = candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(needle)).sorted().toList();
        return matches.isEmpty() ? Optional.empty() : Optional.of(new Completion(matches, replaceFrom, cursor));
    }

    /** What the word under the cursor is: a command's usage, or an option's description. */
    public Optional<String> inspect(String line, int cursor) {
        int argsStart = argumentsStart(line);
        if (argsStart < 0) {
            return Optional.empty();
        }
        int start = Math.min(cursor, line.length());
        while (start > argsStart && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(cursor, line.length());
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        String word = line.substring(start, end);
        String before = line.substring(argsStart, start).strip();
        Context context = walk(before.isEmpty() ? List.of() : Arrays.asList(before.split("\\s+")));
        if (word.startsWith("-")) {
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            OptionSpec option = context.spec.findOption(name);
            return Optional.ofNullable(option).map(o -> String.join(", ", o.names())
                    + (o.paramLabel().isEmpty() || o.arity().max() == 0 ? "" : " " + o.paramLabel()) + "\n"
                    + String.join("\n", o.description()));
        }
        CommandSpec command = context.spec.subcommands().containsKey(word)
                ? context.spec.subcommands().get(word).getCommandSpec() : word.isEmpty() ? context.spec : null;
        if (command == null && context.spec.name().equals("help") && root().subcommands().containsKey(word)) {
            command = root().subcommands().get(word).getCommandSpec();
        }
        return Optional.ofNullable(command).map(c -> c.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF).strip());
    }

    /** Where the words after {@code %panther} begin, or -1 when the line is not a panther magic. */
    static int argumentsStart(String line) {
        String trimmed = line.stripLeading();
        int indent = line.length() - trimmed.length();
        String magic = trimmed.startsWith("%%panther") ? "%%panther" : trimmed.startsWith("%panther") ? "%panther" : null;
        if (magic == null) {
            return -1;
        }
        int at = indent + magic.length();
        if (at < line.length() && !Character.isWhitespace(line.charAt(at))) {
            return -1;
        }
        while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * The columns of the table {@code chart}'s first word names (a Java variable holding a table or a result), or of the
     * last result when it names none.
     */
    private List<String> chartColumns(List<String> words) {
        int chart = words.indexOf("chart");
        for (int i = chart + 1; chart >= 0 && i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("-")) {
                i++;
                continue;
            }
            Object value = variables.apply(word).orElse(null);
            Table table = value instanceof Result result ? result.table() : value instanceof Table t ? t : null;
            return table == null ? List.of() : table.columnNames();
        }
        // no table named: chart draws the last result
        return last.get().map(result -> result.table().columnNames()).orElse(List.of());
    }

    private Context walk(List<String> words) {
        CommandSpec spec = root();
        OptionSpec pending = null;
        for (String w : words) {
            if (pending != null) {
                pending = null;
                continue;
            }
            if (spec.subcommands().containsKey(w)) {
                spec = spec.subcommands().get(w).getCommandSpec();
            } else if (w.startsWith("-") && !w.contains("=")) {
                OptionSpec option = spec.findOption(w);
                if (option != null && option.arity().max() > 0) {
                    pending = option;
                }
            }
        }
        return new Context(spec, pending);
    }

    private static Iterable<String> values(ArgSpec arg) {
        Iterable<String> candidates = arg.completionCandidates();
        return candidates == null ? List.of() : candidates;
    }

    private record Context(CommandSpec spec, OptionSpec pendingOption) {
    }
}
