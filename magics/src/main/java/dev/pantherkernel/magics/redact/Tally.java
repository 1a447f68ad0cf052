package dev.pantherkernel.magics.redact;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The distinct pseudonyms in what a redaction made, by form: what its footer counts. */
final class Tally {

    private final Map<PseudonymForm, Set<String>> seen = new EnumMap<>(PseudonymForm.class);

    synchronized void add(String pseudonym) {
        seen.computeIfAbsent(Pseudonyms.formOf(pseudonym), f -> new HashSet<>()).add(pseudonym);
    }

    synchronized void addAll(Tally other) {
        other.seen.forEach((form, pseudonyms) -> seen.computeIfAbsent(form, f -> new HashSet<>()).addAll(pseudonyms));
    }

    /**
     * The footer's words: {@code redacted: 143 emails, 12 IPs (consistent pseudonyms; the original values stay in this
     * kernel)}, or that redaction found nothing to replace.
     */
    synchronized String footer() {
        List<String> counts = new ArrayList<>();
        seen.forEach((form, pseudonyms) -> counts.add(form.counted(pseudonyms.size())));
        return counts.isEmpty() ? "redaction on: no value to replace"
                : "redacted: " + String.join(", ", counts) + " (consistent pseudonyms; the original values stay in this kernel)";
    }
}
