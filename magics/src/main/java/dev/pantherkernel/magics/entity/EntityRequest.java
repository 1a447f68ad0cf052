package dev.pantherkernel.magics.entity;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.datalake.indicator.IndicatorKind;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What to profile: a value, the {@code p_any_*} families it is looked for in (the first is what it is taken for; a
 * guess may add another, as a dotted name may be a domain or a user name), and the window [from, to). Emails are
 * looked for in lower case, as Panther's indicator fields hold them.
 */
@Internal
public record EntityRequest(String value, List<String> families, Instant from, Instant to) {

    public EntityRequest {
        value = value.strip();
        families = List.copyOf(families);
        if (families.isEmpty()) {
            throw new IllegalArgumentException("an entity is looked for in at least one p_any_ family");
        }
        if (families.get(0).equals("p_any_emails")) {
            value = value.toLowerCase(Locale.ROOT);
        }
    }

    public EntityRequest(String value, String family, Instant from, Instant to) {
        this(value, List.of(family), from, to);
    }

    /** The family it is taken for. */
    public String family() {
        return families.get(0);
    }

    /** What the value is, in words ("IP address"). */
    public String noun() {
        return IndicatorKind.noun(family());
    }
}
