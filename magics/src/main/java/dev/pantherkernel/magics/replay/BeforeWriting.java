package dev.pantherkernel.magics.replay;

import dev.pantherkernel.magics.core.Internal;

/**
 * The one place an answer can be changed before a recording writes it: redaction (replacing names, addresses and
 * other values with consistent pseudonyms) plugs in here, so that nothing it would hide reaches the file. A step
 * returns the answer to write; it must keep the request as it was, or the answer would no longer be found on replay.
 */
@Internal
@FunctionalInterface
public interface BeforeWriting {

    /** Writes every answer as it came. */
    BeforeWriting NOTHING = answer -> answer;

    RecordedAnswer apply(RecordedAnswer answer);
}
