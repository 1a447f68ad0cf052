package dev.pantherkernel.kernel.protocol;

import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;

/**
 * Every message the kernel sends about a request carries the kernel's own session id in its header, as the
 * messaging spec has it (the session names the sender) and ipykernel does; the parent header stays the request's.
 * jjava copies the requester's session instead, and JupyterLab, which takes a message's session for the kernel's,
 * drops a message handled while one from another session arrived: a lost idle left the kernel shown busy or unknown.
 */
final class OwnSessionReplyEnvironment extends ShellReplyEnvironment {

    private final String session;

    OwnSessionReplyEnvironment(ShellChannel shell, StdinChannel stdin, JupyterSocket iopub, MessageContext context,
                               String session) {
        super(shell, stdin, iopub, context);
        this.session = session;
    }

    @Override
    public void publish(Message<?> message) {
        super.publish(stamped(message, session));
    }

    @Override
    public void reply(Message<?> message) {
        super.reply(stamped(message, session));
    }

    /** The same message with {@code session} in its header. */
    static <T> Message<T> stamped(Message<T> message, String session) {
        Header<T> h = message.getHeader();
        Header<T> own = new Header<>(h.getId(), h.getUsername(), session, h.getTimestamp(), h.getType(), h.getVersion());
        return new Message<>(message.getIdentities(), own, message.getParentHeader(), message.getMetadata(),
                message.getContent(), message.getBlobs());
    }
}
