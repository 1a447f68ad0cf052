package dev.pantherkernel.kernel.magic;

import dev.pantherkernel.magics.PantherMagics;

import java.util.Collection;
import java.util.stream.Collectors;

/** A {@code %name} no magic answers to: the error says which exist, and which was probably meant. */
public final class UnknownMagic {

    private UnknownMagic() {
    }

    public static RuntimeException error(String written, Collection<String> known) {
        String prefix = written.startsWith("%%") ? "%%" : "%";
        return PantherMagics.userError("no magic " + written + "; this kernel has "
                + known.stream().sorted().map(k -> prefix + k).collect(Collectors.joining(", "))
                + PantherMagics.didYouMean(written.replace("%", ""), known), null);
    }
}
