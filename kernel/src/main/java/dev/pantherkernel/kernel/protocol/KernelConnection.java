package dev.pantherkernel.kernel.protocol;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * jjava's connection, with three changes: its stdin socket is reachable, so that {@link StdinPrompt} can wait on it
 * interruptibly; every message the kernel sends carries the kernel's own session id (see
 * {@link OwnSessionReplyEnvironment}); and so does the "starting" status it publishes on connecting (jjava's has no
 * session at all, which JupyterLab reports as a message validation error in the browser console). Its channel threads
 * live through errors ({@link ProtocolLoops}).
 */
public final class KernelConnection extends JupyterConnection {

    private static final Logger LOG = LoggerFactory.getLogger(KernelConnection.class);

    private final KernelConnectionProperties properties;
    private final String session = UUID.randomUUID().toString();
    private boolean connected;

    public KernelConnection(KernelConnectionProperties properties) throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        this.properties = properties;
    }

    /** Where the kernel asks the front end for input: the stdin socket, with the kernel's session id in each request. */
    public StdinPrompt stdinPrompt() {
        return new StdinPrompt(stdin, session);
    }

    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel channel, MessageContext context) {
        return new OwnSessionReplyEnvironment(channel, stdin, iopub, context, session);
    }

    @Override
    public void connect() {
        if (connected) {
            return;
        }
        heartbeat.bind(properties);
        shell.bind(properties);
        control.bind(properties);
        stdin.bind(properties);
        iopub.bind(properties);
        Header<PublishStatus> header = new Header<>(UUID.randomUUID().toString(), Header.KERNEL_USERNAME, session,
                KernelTimestamp.now(), PublishStatus.MESSAGE_TYPE, Header.PROTOCOL_VERISON);
        iopub.sendMessage(new Message<>(header, PublishStatus.STARTING));
        connected = true;
        int loops = ProtocolLoops.keepAlive(Thread.getAllStackTraces().keySet(),
                error -> LOG.error("a Jupyter channel thread went on after an error: {}", error.toString()));
        if (loops < 3) {
            LOG.warn("found {} of jjava's 3 channel loops to keep alive through errors", loops);
        }
    }
}
