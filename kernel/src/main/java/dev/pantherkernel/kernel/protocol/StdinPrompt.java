package dev.pantherkernel.kernel.protocol;

import dev.pantherkernel.kernel.jshell.CellInterruptedError;
import dev.pantherkernel.kernel.jshell.CellThreads;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.reply.InputReply;
import org.dflib.jjava.jupyter.messages.request.InputRequest;
import org.zeromq.ZMQ;

/**
 * Asks the front end for input on the stdin channel and waits for the answer in a way an interrupt ends.
 * jjava's own {@code getInput} blocks in a socket read that nothing but an answer wakes, so a cell interrupted while
 * the password box is open stayed busy until something was typed. Here the cell thread only reads a message once
 * the socket says one is there, and sleeps in between; an answer that comes after its prompt was interrupted is
 * dropped when the next prompt is asked, or on arrival when it names the prompt it answers.
 */
public final class StdinPrompt {

    private static final long POLL_MILLIS = 25;

    private final StdinChannel stdin;
    private final String session;

    /** @param session the kernel's session id, for the header of each request */
    StdinPrompt(StdinChannel stdin, String session) {
        this.stdin = stdin;
        this.session = session;
    }

    /** The answer to {@code prompt}, asked on behalf of the request {@code context}; {@link CellInterruptedError} when interrupted. */
    synchronized String ask(MessageContext context, String prompt, boolean password) {
        Message<InputRequest> request = OwnSessionReplyEnvironment.stamped(
                new Message<>(context, InputRequest.MESSAGE_TYPE, new InputRequest(prompt, password)), session);
        CellThreads.shielded(() -> {
            dropStaleAnswers();
            stdin.sendMessage(request);
            return null;
        });
        String requestId = request.getHeader().getId();
        while (true) {
            if (readable()) {
                Message<?> answer = CellThreads.shielded(stdin::readMessage);
                if (answers(answer, requestId)) {
                    return ((InputReply) answer.getContent()).getValue();
                }
                continue;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                throw new CellInterruptedError();
            }
        }
    }

    private void dropStaleAnswers() {
        while (readable()) {
            stdin.readMessage();
        }
    }

    private boolean readable() {
        return (stdin.getEvents() & ZMQ.Poller.POLLIN) != 0;
    }

    /**
     * Whether {@code message} answers the request: JupyterLab names the request it answers, jupyter_client and the
     * classic Notebook name none (an answer to an earlier prompt was dropped before this one was sent).
     */
    private static boolean answers(Message<?> message, String requestId) {
        return message != null && message.getContent() instanceof InputReply
                && (!message.hasParentHeader() || requestId.equals(message.getParentHeader().getId()));
    }
}
