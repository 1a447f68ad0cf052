package dev.pantherkernel.magics.session;

import dev.pantherkernel.magics.core.PublicApi;
import java.util.Optional;

/**
 * What the notebook around the library can do for it. The kernel implements it; plain Java uses
 * {@link #standalone()}, which has no variables, no prompt, and shows progress nowhere.
 */
@PublicApi
public interface NotebookHost {

    /** The value of a Java variable of the session, for {@code {name}} in commands and cells. */
    Optional<Object> variable(String name);

    /** Declares (or replaces) the Java variable {@code name}, typed as {@code type}, holding {@code value}. */
    void bind(String name, Object value, Class<?> type);

    /**
     * A command will bind {@code name} when it ends ({@code --as}): a host that needs time before it can declare
     * variables (the kernel's JShell, while it starts) can begin now, beside the command.
     */
    default void willBind(String name) {
    }

    /**
     * Gives a variable the notebook already declared a new value, keeping the type it was declared with (a parameter's
     * override: {@code List<String> ids} stays a {@code List<String>}). Without a better way, binds it by its class.
     */
    default void assign(String name, Object value) {
        bind(name, value, value.getClass());
    }

    /** A line of status the cell shows while it runs, replaced in place, and removed when closed. */
    Progress progress();

    /** Asks for a secret with the front end's password input; empty when the front end cannot ask. */
    Optional<String> askSecret(String prompt);

    /** A warning the cell shows (on stderr), not part of its value. */
    void warn(String message);

    /** A status line shown in place. */
    interface Progress extends AutoCloseable {
        void update(String text);

        @Override
        void close();

        Progress NONE = new Progress() {
            @Override
            public void update(String text) {
            }

            @Override
            public void close() {
            }
        };
    }

    static NotebookHost standalone() {
        return new NotebookHost() {
            @Override
            public Optional<Object> variable(String name) {
                return Optional.empty();
            }

            @Override
            public void bind(String name, Object value, Class<?> type) {
            }

            @Override
            public Progress progress() {
                return Progress.NONE;
            }

            @Override
            public Optional<String> askSecret(String prompt) {
                return Optional.empty();
            }

            @Override
            public void warn(String message) {
                System.err.println("warning: " + message);
            }
        };
    }
}
