package dev.pantherkernel.kernel;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

/** jjava's connection with its stdin socket reachable, so that {@link StdinPrompt} can wait on it interruptibly. */
final class KernelConnection extends JupyterConnection {

    KernelConnection(KernelConnectionProperties properties) throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
    }

    StdinChannel stdinChannel() {
        return stdin;
    }
}
