package dev.pantherkernel.emulator.alerts;

/** The API's {@code DetectionType}. */
public enum DetectionType {
    CORRELATION_RULE,
    DERIVED_RULE,
    POLICY,
    RULE,
    SCHEDULED_RULE
}
