package dev.pantherkernel.kernel.session;

import dev.pantherkernel.magics.session.NotebookHost;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The notebook as the {@code %panther} library sees it inside the kernel: Java variables come from JShell,
 * {@code --as} declares one (after the running snippet, since JShell runs one snippet at a time, through
 * {@link BoundVariables}), progress is a
 * display updated in place, secrets come from Jupyter's password input.
 */
public final class KernelNotebookHost implements NotebookHost {

    private final Function<String, Optional<Object>> variables;
    private final Function<String, Optional<String>> declaredTypes;
    private final Supplier<Progress> progress;
    private final Function<String, Optional<String>> secrets;
    private final Consumer<String> warnings;
    private final BoundVariables bound;
    private final Runnable variablesWanted;

    /**
     * @param declaredTypes   a variable's type as its declaration wrote it ({@code List<String>}), if it has one
     * @param variablesWanted a command will bind a variable: JShell should be ready when it ends
     */
    public KernelNotebookHost(Function<String, Optional<Object>> variables, Function<String, Optional<String>> declaredTypes,
                              Supplier<Progress> progress, Function<String, Optional<String>> secrets,
                              Consumer<String> warnings, BoundVariables bound, Runnable variablesWanted) {
        this.bound = bound;
        this.variablesWanted = variablesWanted;
        this.variables = variables;
        this.declaredTypes = declaredTypes;
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
        // the library checked the name when it read --as; a host that is handed another is being misused
        if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            throw new IllegalArgumentException("not a Java variable name: " + name);
        }
        bound.put(name, value, type);
    }

    @Override
    public void willBind(String name) {
        variablesWanted.run();
    }

    @Override
    public void assign(String name, Object value) {
        Optional<String> declared = declaredTypes.apply(name);
        if (declared.isEmpty()) {
            bind(name, value, value.getClass());
            return;
        }
        bound.put(name, value, declared.get());
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
}
