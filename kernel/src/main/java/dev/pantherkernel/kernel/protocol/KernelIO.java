package dev.pantherkernel.kernel.protocol;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import dev.pantherkernel.kernel.session.CellOutputs;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The cell's streams, plus what jjava keeps protected: attaching them to a request's reply environment
 * (we handle execute requests ourselves) and asking the front end for a password.
 */
public final class KernelIO extends JupyterIO implements CellOutputs {

    private volatile ShieldedReplyEnvironment current;
    private volatile boolean stdinAllowed;
    private volatile StdinPrompt prompt;

    public KernelIO(Charset encoding) {
        super(encoding);
    }

    public void askInputOn(StdinPrompt prompt) {
        this.prompt = prompt;
    }

    /** Connects the cell's streams to a request; returns what {@link #detach} takes back. */
    public ShellReplyEnvironment attach(ShellReplyEnvironment env, boolean stdinAllowed) {
        ShieldedReplyEnvironment shielded = new ShieldedReplyEnvironment(env);
        current = shielded;
        this.stdinAllowed = stdinAllowed;
        setEnv(shielded);
        setJupyterInEnabled(stdinAllowed);
        return shielded;
    }

    public void detach(ShellReplyEnvironment attached) {
        out.flush();
        err.flush();
        retractEnv(attached);
        if (current == attached) {
            current = null;
        }
    }

    @Override
    public int count() {
        out.flush();
        err.flush();
        ShieldedReplyEnvironment env = current;
        return env == null ? -1 : env.outputs();
    }

    @Override
    public void clear() {
        ShieldedReplyEnvironment env = current;
        if (env != null) {
            env.publish(PublishClearOutput.NOW);
        }
    }

    /**
     * Asks the front end for a value it does not echo (Jupyter's password input). Empty when no cell is running
     * or the front end said it cannot answer (nbconvert, for one): asking anyway would wait forever. An interrupt
     * ends the wait (see {@link StdinPrompt}).
     */
    public Optional<String> readPassword(String prompt) {
        ShellReplyEnvironment env = current;
        if (env == null || !stdinAllowed) {
            return Optional.empty();
        }
        out.flush();
        StdinPrompt stdin = this.prompt;
        String answer = stdin == null ? env.readFromStdIn(prompt, true) : stdin.ask(env.getContext(), prompt, true);
        return Optional.of(answer.stripTrailing());
    }
}
