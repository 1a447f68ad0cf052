package dev.pantherkernel.magics.api;

/** Alert severities, as Panther names them. */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH, CRITICAL
}
