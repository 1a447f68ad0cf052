package dev.pantherkernel.kernel;

import dev.pantherkernel.kernel.jshell.CellThreads;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.messages.Message;

/**
 * The reply environment cell code writes through (streams, displays, input prompts). Every message it sends goes
 * out with the cell thread's interrupt flag cleared: an interrupted cell still flushes its output and its
 * "interrupted" status instead of failing the socket (see {@link CellThreads#shielded}).
 */
final class ShieldedReplyEnvironment extends ShellReplyEnvironment {

    private final ShellReplyEnvironment original;

    ShieldedReplyEnvironment(ShellReplyEnvironment original) {
        super((ShellChannel) original.getShell(), null, original.getIopub(), original.getContext());
        this.original = original;
    }

    @Override
    public void publish(Message<?> message) {
        CellThreads.shielded(() -> {
            original.publish(message);
            return null;
        });
    }

    @Override
    public String readFromStdIn(String prompt, boolean isPassword) {
        return CellThreads.shielded(() -> original.readFromStdIn(prompt, isPassword));
    }
}
