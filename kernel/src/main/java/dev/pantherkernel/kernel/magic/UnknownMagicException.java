package dev.pantherkernel.kernel.magic;

import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.Suggestions;

import java.util.Collection;
import java.util.stream.Collectors;

/** A {@code %name} no magic answers to; says which exist. */
public final class UnknownMagicException extends PantherException {

    public UnknownMagicException(String written, Collection<String> known) {
        super("no magic " + written + "; this kernel has "
                + known.stream().sorted().map(k -> (written.startsWith("%%") ? "%%" : "%") + k)
                        .collect(Collectors.joining(", "))
                + Suggestions.didYouMean(written.replace("%", ""), known));
    }
}
