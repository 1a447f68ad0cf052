package dev.pantherkernel.kernel.session;

import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The notebook as the {@code %panther} library sees it inside the kernel: Java variables come from JShell,
 * {@code --as} declares one (after the running snippet, since JShell runs one snippet at a time), progress is a
 * display updated in place, secrets come from Jupyter's password input.
 */
public final class KernelNotebookHost implements NotebookHost {

    private final Function<String, Optional<Object>> variables;
    private final Supplier<Progress> progress;
    private final Function<String, Optional<String>> secrets;
    private final Consumer<String> warnings;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    public KernelNotebookHost(Function<String, Optional<Object>> variables, Supplier<Progress> progress,
                              Function<String, Optional<String>> secrets, Consumer<String> warnings) {
        this.variables = variables;
        this.progress = progress;
        this.secrets = secrets;
        this.warnings = warnings;
    }

    @Override
    public Optional<Object> variable(String name) {
        return variables.apply(name);
    }

    @Override
    public void bind(String name, Object value, Class<?> type) {
        if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new dev.pantherkernel.magics.core.UsageException("--as " + name + ": not a Java variable name");
        }
        pending.put(name, new Pending(value, type));
    }

    /** The bindings asked for since the last call, to declare in JShell now. */
    public List<Map.Entry<String, Class<?>>> drainDeclarations() {
        List<Map.Entry<String, Class<?>>> out = new ArrayList<>();
        pending.forEach((name, p) -> out.add(Map.entry(name, p.type)));
        return out;
    }

    /** Called by the declaration snippet itself to fetch the value (see {@link #initializer}). */
    public static Object take(String name) {
        KernelNotebookHost host = (KernelNotebookHost) PantherSession.current().host();
        Pending p = host.pending.remove(name);
        return p == null ? null : p.value;
    }

    /** The Java expression that declares a bound variable's value. */
    public static String initializer(String name, Class<?> type) {
        return "(" + type.getName() + ") " + KernelNotebookHost.class.getName() + ".take(\"" + name + "\")";
    }

    @Override
    public Progress progress() {
        return progress.get();
    }

    @Override
    public Optional<String> askSecret(String prompt) {
        return secrets.apply(prompt);
    }

    @Override
    public void warn(String message) {
        warnings.accept(message);
    }

    private record Pending(Object value, Class<?> type) {
    }
}
