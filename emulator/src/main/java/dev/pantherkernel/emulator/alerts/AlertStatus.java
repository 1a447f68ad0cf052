package dev.pantherkernel.emulator.alerts;

/** The API's {@code AlertStatus}; CLOSED is what the console calls "Invalid" (a false positive). */
public enum AlertStatus {
    OPEN,
    TRIAGED,
    RESOLVED,
    CLOSED
}
