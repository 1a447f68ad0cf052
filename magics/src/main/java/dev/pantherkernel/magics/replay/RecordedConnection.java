package dev.pantherkernel.magics.replay;

import dev.pantherkernel.magics.core.Internal;

/** A connection a recorded session opened: where, which Panther answered there, and whether it was the built-in demo. */
@Internal
public record RecordedConnection(String endpoint, String pantherVersion, boolean demo) {
}
