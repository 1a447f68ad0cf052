package dev.pantherkernel.magics.api;

/** Alert statuses, as Panther names them; CLOSED is what the console calls "Invalid". */
public enum AlertStatus {
    OPEN, TRIAGED, RESOLVED, CLOSED
}
