package dev.pantherkernel.kernel.protocol;

import dev.pantherkernel.kernel.jshell.CellThreads;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;
import org.dflib.jjava.jupyter.messages.publish.PublishDisplayData;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;

import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reply environment cell code writes through (streams, displays, input prompts). Every message it sends goes
 * out with the cell thread's interrupt flag cleared: an interrupted cell still flushes its output and its
 * "interrupted" status instead of failing the socket (see {@link CellThreads#shielded}). It also counts the outputs
 * the cell added, so a progress line can tell whether it was the only one.
 */
final class ShieldedReplyEnvironment extends ShellReplyEnvironment {

    private static final Set<MessageType<?>> OUTPUTS = Set.of(PublishStream.MESSAGE_TYPE,
            PublishDisplayData.MESSAGE_TYPE, PublishExecuteResult.MESSAGE_TYPE, PublishError.MESSAGE_TYPE);

    private final ShellReplyEnvironment original;
    private final AtomicInteger outputs = new AtomicInteger();
    private final StreamCoalescer streams;

    /** @param timer sends the cell's stream text that waited for more (see {@link StreamCoalescer}) */
    ShieldedReplyEnvironment(ShellReplyEnvironment original, ScheduledExecutorService timer) {
        super((ShellChannel) original.getShell(), null, original.getIopub(), original.getContext());
        this.original = original;
        this.streams = new StreamCoalescer(timer, this::send);
    }

    @Override
    public void publish(Message<?> message) {
        if (message.getContent() instanceof PublishStream stream) {
            streams.write(stream);
            return;
        }
        streams.flush();
        send(message);
    }

    /** Sends the stream text that waits for more now: before the kernel's own messages, or to count the outputs. */
    void flushStreams() {
        streams.flush();
    }

    private void send(PublishStream stream) {
        send(new Message<>(getContext(), PublishStream.MESSAGE_TYPE, stream));
    }

    private void send(Message<?> message) {
        CellThreads.shielded(() -> {
            original.publish(message);
            return null;
        });
        MessageType<?> type = message.getHeader().getType();
        if (type == PublishClearOutput.MESSAGE_TYPE) {
            outputs.set(0);
        } else if (OUTPUTS.contains(type)) {
            outputs.incrementAndGet();
        }
    }

    /** How many outputs the cell shows now (streams, displays, results, errors since the last clear_output). */
    int outputs() {
        return outputs.get();
    }

    @Override
    public String readFromStdIn(String prompt, boolean isPassword) {
        streams.flush(); // what the cell printed before it asks comes before the question
        return CellThreads.shielded(() -> original.readFromStdIn(prompt, isPassword));
    }
}
