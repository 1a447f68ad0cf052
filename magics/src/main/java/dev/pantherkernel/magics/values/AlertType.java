package dev.pantherkernel.magics.values;

import dev.pantherkernel.magics.core.PublicApi;

/** Alert subtypes, as Panther names them: the kind of detection (or error) that raised the alert. */
@PublicApi
public enum AlertType {
    POLICY, RULE, RULE_ERROR, SCHEDULED_RULE, SCHEDULED_RULE_ERROR, SYSTEM_ERROR
}
