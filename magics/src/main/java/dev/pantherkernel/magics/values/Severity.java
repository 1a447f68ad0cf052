package dev.pantherkernel.magics.values;

import dev.pantherkernel.magics.core.PublicApi;

/** Alert severities, as Panther names them. */
@PublicApi
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL
}
