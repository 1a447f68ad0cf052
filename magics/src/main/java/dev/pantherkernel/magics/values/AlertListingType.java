package dev.pantherkernel.magics.values;

import dev.pantherkernel.magics.core.PublicApi;

/** What an alert listing lists, as Panther names it: alerts, detection errors or system errors. */
@PublicApi
public enum AlertListingType {
    ALERT, DETECTION_ERROR, SYSTEM_ERROR
}
