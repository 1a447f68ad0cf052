package dev.pantherkernel.magics.entity;

import dev.pantherkernel.magics.datalake.IndicatorKind;

import java.time.Instant;
import java.util.Locale;

/**
 * What to profile: a value, the {@code p_any_*} family it is looked for in, and the window [from, to). Emails and
 * domains are looked for in lower case, as Panther's indicator fields hold them.
 */
public record EntityRequest(String value, String family, Instant from, Instant to) {

    public EntityRequest {
        value = value.strip();
        if (family.equals("p_any_emails") || family.equals("p_any_domain_names")) {
            value = value.toLowerCase(Locale.ROOT);
        }
    }

    /** What the value is, in words ("IP address"). */
    public String noun() {
        return IndicatorKind.noun(family);
    }
}
