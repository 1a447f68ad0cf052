package dev.pantherkernel.kernel.protocol;

import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import dev.pantherkernel.kernel.session.CellOutputs;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;

import java.nio.charset.Charset;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The cell's streams, plus what jjava keeps protected: attaching them to a request's reply environment
 * (we handle execute requests ourselves) and asking the front end for a password.
 */
public final class KernelIO extends JupyterIO implements CellOutputs {

    private volatile ShieldedReplyEnvironment current;
    private volatile boolean stdinAllowed;
    private volatile StdinPrompt prompt;
    /** Sends stream text that waited for more (see {@link StreamCoalescer}); one thread for the kernel's life. */
    private final ScheduledExecutorService streamTimer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "panther-stream-flush");
        thread.setDaemon(true);
        return thread;
    });

    public KernelIO(Charset encoding) {
        super(encoding);
    }

    /** Sends everything the cell wrote to stdout and stderr so far, before a message of the kernel's own. */
    public void flush() {
        flush(current);
    }

    /** Sends what the cell wrote, through {@code env} (null: none attached). */
    private void flush(ShellReplyEnvironment env) {
        out.flush();
        err.flush();
        if (env instanceof ShieldedReplyEnvironment shielded) {
            shielded.flushStreams();
        }
    }

    public void askInputOn(StdinPrompt prompt) {
        this.prompt = prompt;
    }

    /** Connects the cell's streams to a request; returns what {@link #detach} takes back. */
    public ShellReplyEnvironment attach(ShellReplyEnvironment env, boolean stdinAllowed) {
        ShieldedReplyEnvironment shielded = new ShieldedReplyEnvironment(env, streamTimer);
        current = shielded;
        this.stdinAllowed = stdinAllowed;
        setEnv(shielded);
        setJupyterInEnabled(stdinAllowed);
        return shielded;
    }

    public void detach(ShellReplyEnvironment attached) {
        flush(attached);
        retractEnv(attached);
        if (current == attached) {
            current = null;
        }
    }

    @Override
    public int count() {
        flush();
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
        flush();
        StdinPrompt stdin = this.prompt;
        String answer = stdin == null ? env.readFromStdIn(prompt, true) : stdin.ask(env.getContext(), prompt, true);
        return Optional.of(answer.stripTrailing());
    }
}
