package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.client.SentValues;
import dev.pantherkernel.magics.core.DurationText;
import dev.pantherkernel.magics.core.TimeText;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code {name}} in the words of a {@code %panther} line takes the Java variable's value as text:
 * {@code %panther alert {alertId} --status TRIAGED}. Lists become comma-separated values, times ISO-8601, durations
 * as the duration options read them ({@code 1d}); a word that
 * is only {@code {name}} of a list, where the grammar takes several values, becomes one word per element. A name the
 * session does not know is left as it is. The value of an option marked {@link BindsPlaceholders} is left as written
 * for its command to bind ({@code --where}: a SQL literal; {@code --var}: a typed GraphQL variable), because text
 * pasted there would become code. A pseudonym of the session's redaction in any other word, written or from a
 * variable, becomes the original it stands for ({@code search ip-3f9a1c2b7d04.redacted} searches the address), except
 * on the line of a command that {@link KeepsPseudonyms}.
 */
final class ArgumentVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_$][A-Za-z0-9_$]*)}");

    private ArgumentVariables() {
    }

    static List<String> substitute(CommandLine grammar, List<String> words, Function<String, Optional<Object>> lookup) {
        return substitute(grammar, words, lookup, SentValues.AS_SHOWN);
    }

    static List<String> substitute(CommandLine grammar, List<String> words, Function<String, Optional<Object>> lookup,
                                   SentValues sent) {
        List<String> out = new ArrayList<>(words.size());
        CommandLine command = grammar;
        boolean optionsEnded = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            CommandLine sub = optionsEnded ? null : command.getSubcommands().get(word);
            if (sub != null) {
                command = sub;
                out.add(word);
                continue;
            }
            if ("--".equals(word)) {
                optionsEnded = true;
            }
            Optional<OptionSpec> option = optionsEnded ? Optional.empty() : option(command.getCommandSpec(), word);
            if (option.isPresent() && bindsItsOwn(option.get())) {
                out.add(word);
                if (word.indexOf('=') < 0 && i + 1 < words.size()) {
                    out.add(words.get(++i));
                }
                continue;
            }
            boolean positional = option.isEmpty() && !word.startsWith("-");
            SentValues toPanther = command.getCommandSpec().userObject() instanceof KeepsPseudonyms ? SentValues.AS_SHOWN : sent;
            if (positional && takesSeveral(command.getCommandSpec()) && wholeList(word, lookup).isPresent()) {
                wholeList(word, lookup).get().forEach(element -> out.add(toPanther.within(valueText(element))));
                continue;
            }
            out.add(toPanther.within(text(word, lookup)));
        }
        return out;
    }

    /** The word with each known {@code {name}} replaced by the variable's value as text. */
    static String text(String word, Function<String, Optional<Object>> lookup) {
        Matcher m = PLACEHOLDER.matcher(word);
        StringBuilder replaced = new StringBuilder();
        while (m.find()) {
            Optional<Object> value = lookup.apply(m.group(1));
            m.appendReplacement(replaced, Matcher.quoteReplacement(value.map(ArgumentVariables::valueText).orElse(m.group())));
        }
        m.appendTail(replaced);
        return replaced.toString();
    }

    private static Optional<OptionSpec> option(CommandSpec spec, String word) {
        if (!word.startsWith("-")) {
            return Optional.empty();
        }
        int eq = word.indexOf('=');
        return Optional.ofNullable(spec.findOption(eq < 0 ? word : word.substring(0, eq)));
    }

    private static boolean bindsItsOwn(OptionSpec option) {
        return option.userObject() instanceof Field field && field.isAnnotationPresent(BindsPlaceholders.class);
    }

    private static boolean takesSeveral(CommandSpec spec) {
        return spec.positionalParameters().stream().anyMatch(p -> p.arity().max() > 1);
    }

    private static Optional<Collection<?>> wholeList(String word, Function<String, Optional<Object>> lookup) {
        Matcher m = PLACEHOLDER.matcher(word);
        if (!m.matches()) {
            return Optional.empty();
        }
        return lookup.apply(m.group(1)).filter(Collection.class::isInstance).map(v -> (Collection<?>) v);
    }

    /** A value as the words of a line take it: a list as {@code a,b}, a time as ISO-8601, a duration as {@code 1d}. */
    static String valueText(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(ArgumentVariables::valueText).collect(Collectors.joining(","));
        }
        if (value instanceof ZonedDateTime z) {
            return TimeText.format(z.toInstant());
        }
        if (value instanceof Instant i) {
            return TimeText.format(i);
        }
        if (value instanceof Duration d) {
            return DurationText.format(d);
        }
        return String.valueOf(value);
    }
}
