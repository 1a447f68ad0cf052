package dev.pantherkernel.magics;

import dev.pantherkernel.magics.command.Dispatcher;
import dev.pantherkernel.magics.session.PantherSession;

import java.time.Clock;
import java.util.List;

/**
 * Runs {@code %panther} lines and {@code %%panther} cells for one session. Plain Java, no Jupyter: the kernel
 * passes the words it split and the cell body.
 */
public final class PantherMagics {

    private final Dispatcher dispatcher;

    public PantherMagics(PantherSession session) {
        this.dispatcher = new Dispatcher(session, Clock.systemUTC());
    }

    /** {@code %panther ARGS...}: returns the command's value (usually a {@code Result}). */
    public Object line(List<String> args) {
        return dispatcher.run(args, null);
    }

    /** {@code %%panther ARGS...} followed by a body. */
    public Object cell(List<String> args, String body) {
        return dispatcher.run(args, body);
    }

    /**
     * {@code %%panther ARGS...} followed by a body that starts on line {@code bodyLine} of the cell, so that errors
     * in the body name the cell's lines (as errors in Java cells do).
     */
    public Object cell(List<String> args, String body, int bodyLine) {
        return dispatcher.run(args, body, bodyLine);
    }
}
