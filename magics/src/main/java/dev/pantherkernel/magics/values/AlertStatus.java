package dev.pantherkernel.magics.values;

import dev.pantherkernel.magics.core.PublicApi;

/** Alert statuses, as Panther names them; CLOSED is what the console calls "Invalid". */
@PublicApi
public enum AlertStatus {
    OPEN, TRIAGED, RESOLVED, CLOSED
}
