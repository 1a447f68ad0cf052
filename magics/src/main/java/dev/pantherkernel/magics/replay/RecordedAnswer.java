package dev.pantherkernel.magics.replay;

import dev.pantherkernel.magics.replay.RecordingWriter.BeforeWriting;
import dev.pantherkernel.magics.core.PublicApi;
import java.time.Instant;

/**
 * One answer Panther gave: to which request at which endpoint, its HTTP status and body (as the client read it, after
 * any gzip of the transfer), and when it came. What a recording writes, and what a {@link BeforeWriting} step may
 * change first.
 */
@PublicApi
public record RecordedAnswer(String endpoint, RecordedRequest request, int status, byte[] body, Instant at) {
}
