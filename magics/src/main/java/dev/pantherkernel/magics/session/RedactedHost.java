package dev.pantherkernel.magics.session;

import dev.pantherkernel.magics.redact.Redaction;

import java.util.Optional;

/**
 * The notebook host as the library's commands reach it: warnings and progress lines pass through the session's
 * redaction on their way to the cell, as results do; variables, bindings and prompts go straight through.
 */
final class RedactedHost implements NotebookHost {

    private final NotebookHost host;
    private final Redaction redaction;

    RedactedHost(NotebookHost host, Redaction redaction) {
        this.host = host;
        this.redaction = redaction;
    }

    @Override
    public Optional<Object> variable(String name) {
        return host.variable(name);
    }

    @Override
    public void willBind(String name) {
        host.willBind(name);
    }

    @Override
    public void bind(String name, Object value, Class<?> type) {
        host.bind(name, value, type);
    }

    @Override
    public void assign(String name, Object value) {
        host.assign(name, value);
    }

    @Override
    public Progress progress() {
        Progress shown = host.progress();
        return new Progress() {
            @Override
            public void update(String text) {
                shown.update(redaction.text(text));
            }

            @Override
            public void close() {
                shown.close();
            }
        };
    }

    @Override
    public Optional<String> askSecret(String prompt) {
        return host.askSecret(prompt);
    }

    @Override
    public void warn(String message) {
        host.warn(redaction.text(message));
    }
}
