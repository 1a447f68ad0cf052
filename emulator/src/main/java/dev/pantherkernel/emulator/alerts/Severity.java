package dev.pantherkernel.emulator.alerts;

/** The API's {@code Severity}, lowest first. */
public enum Severity {
    INFO,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
