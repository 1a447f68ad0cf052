package dev.pantherkernel.magics.graphql;

import dev.pantherkernel.magics.core.Internal;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {name}} in a GraphQL cell takes the value of the Java variable {@code name}, written as a GraphQL
 * literal. Only where a value can stand (after {@code :}, {@code [} or {@code ,}) and only for names the session
 * knows: a selection set such as {@code {id}} is left alone.
 */
@Internal
public final class SessionVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("([:\\[,]\\s*)\\{([A-Za-z_$][A-Za-z0-9_$]*)}");

    private SessionVariables() {
    }

    public static String substitute(String text, Function<String, Optional<Object>> lookup) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            Optional<Object> value = lookup.apply(name);
            String replacement = value.isPresent()
                    ? m.group(1) + JavaValues.toLiteral(name, value.get())
                    : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
