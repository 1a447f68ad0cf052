package dev.pantherkernel.kernel;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * jjava's connection, with two changes: its stdin socket is reachable, so that {@link StdinPrompt} can wait on it
 * interruptibly; and the "starting" status it publishes on connecting has a session in its header (jjava's has none,
 * which JupyterLab reports as a message validation error in the browser console).
 */
final class KernelConnection extends JupyterConnection {

    private final KernelConnectionProperties properties;
    private final String session = UUID.randomUUID().toString();
    private boolean connected;

    KernelConnection(KernelConnectionProperties properties) throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        this.properties = properties;
    }

    StdinChannel stdinChannel() {
        return stdin;
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
    }
}
