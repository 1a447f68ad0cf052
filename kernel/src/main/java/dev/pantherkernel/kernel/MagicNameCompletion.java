package dev.pantherkernel.kernel;

import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Completes the name after {@code %} or {@code %%} at the start of a line from the registered magics. */
final class MagicNameCompletion {

    private MagicNameCompletion() {
    }

    static Optional<ReplacementOptions> complete(String code, int at, MagicsRegistry registry) {
        int cursor = Math.max(0, Math.min(at, code.length()));
        int lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
        String before = code.substring(lineStart, cursor);
        String trimmed = before.stripLeading();
        boolean cellMagic = trimmed.startsWith("%%");
        String typed = trimmed.substring(cellMagic ? 2 : 1);
        if (!typed.chars().allMatch(Character::isJavaIdentifierPart)) {
            return Optional.empty();
        }
        Set<String> names = cellMagic ? registry.getCellMagicNames() : registry.getLineMagicNames();
        List<String> matches = names.stream().filter(n -> n.startsWith(typed)).sorted().toList();
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReplacementOptions(matches, cursor - typed.length(), cursor));
    }
}
