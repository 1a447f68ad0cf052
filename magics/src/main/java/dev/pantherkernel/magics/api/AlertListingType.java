package dev.pantherkernel.magics.api;

/** What an alert listing lists, as Panther names it: alerts, detection errors or system errors. */
public enum AlertListingType {
    ALERT, DETECTION_ERROR, SYSTEM_ERROR
}
