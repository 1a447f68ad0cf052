package dev.pantherkernel.magics.values;

import dev.pantherkernel.magics.core.PublicApi;

/** How a role's log type list applies, as Panther names it: only those (ALLOW), all, none but those (DENY), or none. */
@PublicApi
public enum LogTypeAccessKind {
    ALLOW, ALLOW_ALL, DENY, DENY_ALL
}
