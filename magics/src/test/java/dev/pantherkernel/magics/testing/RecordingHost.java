package dev.pantherkernel.magics.testing;

import dev.pantherkernel.magics.session.NotebookHost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A notebook host that remembers what the library asked of it. */
public final class RecordingHost implements NotebookHost {

    public final Map<String, Object> variables = new LinkedHashMap<>();
    public final Map<String, Object> bound = new LinkedHashMap<>();
    /** What {@link #willBind} was told, with what was bound by then. */
    public final List<String> announced = new ArrayList<>();
    public final List<String> progress = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();
    public String secret;
    public int progressClosed;

    @Override
    public Optional<Object> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    @Override
    public void willBind(String name) {
        announced.add(name + (bound.containsKey(name) ? " (bound already)" : ""));
    }

    @Override
    public void bind(String name, Object value, Class<?> type) {
        bound.put(name, value);
    }

    @Override
    public Progress progress() {
        return new Progress() {
            @Override
            public void update(String text) {
                progress.add(text);
            }

            @Override
            public void close() {
                progressClosed++;
            }
        };
    }

    @Override
    public Optional<String> askSecret(String prompt) {
        return Optional.ofNullable(secret);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }
}
