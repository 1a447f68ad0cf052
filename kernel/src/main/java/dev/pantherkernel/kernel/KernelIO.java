package dev.pantherkernel.kernel;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.JupyterIO;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The cell's streams, plus what jjava keeps protected: attaching them to a request's reply environment
 * (we handle execute requests ourselves) and asking the front end for a password.
 */
final class KernelIO extends JupyterIO {

    private volatile ShellReplyEnvironment current;
    private volatile boolean stdinAllowed;

    KernelIO(Charset encoding) {
        super(encoding);
    }

    /** Connects the cell's streams to a request; returns what {@link #detach} takes back. */
    ShellReplyEnvironment attach(ShellReplyEnvironment env, boolean stdinAllowed) {
        ShellReplyEnvironment shielded = new ShieldedReplyEnvironment(env);
        current = shielded;
        this.stdinAllowed = stdinAllowed;
        setEnv(shielded);
        setJupyterInEnabled(stdinAllowed);
        return shielded;
    }

    void detach(ShellReplyEnvironment attached) {
        out.flush();
        err.flush();
        retractEnv(attached);
        if (current == attached) {
            current = null;
        }
    }

    /**
     * Asks the front end for a value it does not echo (Jupyter's password input). Empty when no cell is running
     * or the front end said it cannot answer (nbconvert, for one): asking anyway would wait forever.
     */
    Optional<String> readPassword(String prompt) {
        ShellReplyEnvironment env = current;
        if (env == null || !stdinAllowed) {
            return Optional.empty();
        }
        out.flush();
        return Optional.of(env.readFromStdIn(prompt, true).stripTrailing());
    }
}
