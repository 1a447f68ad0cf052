package dev.pantherkernel.magics.replay;

/** A connection a recorded session opened: where, which Panther answered there, and whether it was the built-in demo. */
public record RecordedConnection(String endpoint, String pantherVersion, boolean demo) {
}
