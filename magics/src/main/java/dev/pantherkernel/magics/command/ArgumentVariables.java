package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.TimeText;
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
 * {@code %panther alert {alertId} --status TRIAGED}. Lists become comma-separated values, times ISO-8601.
 * A name the session does not know is left as it is.
 */
final class ArgumentVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_$][A-Za-z0-9_$]*)}");

    private ArgumentVariables() {
    }

    static List<String> substitute(List<String> words, Function<String, Optional<Object>> lookup) {
        List<String> out = new ArrayList<>(words.size());
        for (String word : words) {
            Matcher m = PLACEHOLDER.matcher(word);
            StringBuilder replaced = new StringBuilder();
            while (m.find()) {
                Optional<Object> value = lookup.apply(m.group(1));
                m.appendReplacement(replaced, Matcher.quoteReplacement(value.map(ArgumentVariables::text).orElse(m.group())));
            }
            m.appendTail(replaced);
            out.add(replaced.toString());
        }
        return out;
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(ArgumentVariables::text).collect(Collectors.joining(","));
        }
        if (value instanceof ZonedDateTime z) {
            return TimeText.format(z.toInstant());
        }
        if (value instanceof Instant i) {
            return TimeText.format(i);
        }
        return String.valueOf(value);
    }
}
