package dev.pantherkernel.kernel.protocol;

import org.dflib.jjava.jupyter.messages.publish.PublishStream;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Joins a cell's writes to stdout and stderr into fewer stream messages, as IPython's streams do. Each
 * {@code println} used to be a message of its own: a loop printing a million lines sent a million messages, more than
 * a front end's socket queues hold, and ZeroMQ dropped the rest without a word (only 128,000 arrived). Text waits at
 * most {@link #WAIT}, or until {@link #MAX_CHARS} have gathered, a write to the other stream comes, or anything else
 * is published (so a table shown after a print still comes after it).
 */
final class StreamCoalescer {

    /** How long written text may wait for more before it is sent. */
    static final Duration WAIT = Duration.ofMillis(50);
    /** How much text one message gathers before it is sent at once. */
    static final int MAX_CHARS = 64 * 1024;

    private final ScheduledExecutorService timer;
    private final Consumer<PublishStream> send;
    private final StringBuilder pending = new StringBuilder();
    private PublishStream.StreamType pendingType;
    private ScheduledFuture<?> scheduled;

    /** @param send sends one stream message; called with this coalescer's lock held, so messages keep their order */
    StreamCoalescer(ScheduledExecutorService timer, Consumer<PublishStream> send) {
        this.timer = timer;
        this.send = send;
    }

    synchronized void write(PublishStream stream) {
        if (pendingType != null && pendingType != stream.getStreamType()) {
            flush();
        }
        pendingType = stream.getStreamType();
        pending.append(stream.getText());
        if (pending.length() >= MAX_CHARS) {
            flush();
        } else if (scheduled == null) {
            scheduled = timer.schedule(this::flush, WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Sends what waits, if anything. */
    synchronized void flush() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        if (pending.length() == 0) {
            return;
        }
        String text = pending.toString();
        pending.setLength(0);
        send.accept(new PublishStream(pendingType, text));
    }
}
