package dev.pantherkernel.kernel.jshell;

import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.VarSnippet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates Java cells with JShell in this JVM: splits a cell into snippets, runs them in order and returns
 * the value of the last one when it is an expression. Errors become {@link CellFailure}s that quote the cell.
 */
public final class JShellEvaluator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JShellEvaluator.class);

    private final JShell shell;
    private final KernelExecutionControl control;
    private final SnippetWrappers wrappers;
    private final StaleValues staleValues;
    /**
     * Made on first use, not with JShell: making it starts JShell's index of every class on the class path (a walk
     * of the JDK's modules and of each jar, seconds of CPU on a cold JVM), which only completion and documentation
     * read. Made with JShell, that walk took a core from the first {@code %panther} command of a fresh kernel.
     */
    private SourceCodeAnalysis analysis;
    private final FailureFormatter failures = new FailureFormatter();
    /** The {@code $N} temporaries that hold the values of the running cell's expressions, dropped when it ends. */
    private final List<Snippet> temporaries = new ArrayList<>();

    private JShellEvaluator(JShell shell, KernelExecutionControl control, SnippetWrappers wrappers) {
        this.shell = shell;
        this.control = control;
        this.wrappers = wrappers;
        this.staleValues = new StaleValues(wrappers);
    }

    /**
     * @param parent     the class loader cell code sees (the kernel's, so cells share its classes)
     * @param threads    where cell code runs
     * @param plotShow   the class that replaces Tablesaw's {@code Plot} in cell code
     */
    public static JShellEvaluator start(ClassLoader parent, CellThreads threads, Class<?> plotShow) {
        SnippetWrappers wrappers = new SnippetWrappers();
        SnippetClassLoader loader = new SnippetClassLoader(parent, new CellInstrumenter(plotShow), wrappers);
        KernelExecutionControl control = new KernelExecutionControl(loader, threads);
        JShell shell = JShell.builder()
                .executionEngine(new KernelExecutionControlProvider(control), null)
                .compilerOptions("-proc:none", "-Xlint:none", "-g")
                .build();
        return new JShellEvaluator(shell, control, wrappers);
    }

    /** Runs silent set-up code (imports); a failure here is a bug of ours, so it is thrown as it is. */
    public void prepare(List<String> snippets) {
        for (String snippet : snippets) {
            for (SnippetEvent event : shell.eval(snippet)) {
                if (event.status() == Snippet.Status.REJECTED) {
                    throw new IllegalStateException("set-up snippet rejected: " + snippet + " "
                            + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
                }
            }
        }
    }

    /**
     * Compiles and runs {@code source} the way a cell's expression is run, and forgets it: the first cell then finds
     * javac, JShell's wrappers and the snippet class loading warm. Nothing of it stays (the snippet is dropped).
     */
    public void rehearse(String source) {
        for (SnippetEvent event : shell.eval(source)) {
            control.takeLastValue();
            control.takeLastThrown();
            if (shell.status(event.snippet()).isActive()) {
                shell.drop(event.snippet());
            }
        }
    }

    /**
     * Runs a cell whose magics are already turned into Java ({@code javaText}, with the same line structure as
     * {@code userText}) and returns the last expression's value, or {@code null}.
     *
     * @param afterSnippet run after every snippet that ran (declares variables bound by magics, for one)
     */
    public Object eval(int executionCount, String userText, String javaText, Runnable afterSnippet) throws CellFailure {
        CellSource cell = CellSource.of(executionCount, userText);
        failures.rememberCell(cell);
        String remaining = javaText;
        int offset = 0;
        Object value = null;
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis().analyzeCompletion(remaining);
            if (!info.completeness().isComplete()) {
                if (info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE
                        || info.completeness() == SourceCodeAnalysis.Completeness.CONSIDERED_INCOMPLETE) {
                    throw failures.incomplete(cell, javaText, offset);
                }
                // UNKNOWN: let the compiler say what is wrong with the rest of the cell
                info = new WholeRest(remaining);
            }
            String source = info.source();
            int snippetOffset = offset;
            try {
                value = runSnippet(cell, javaText, source, snippetOffset);
            } catch (CellFailure failure) {
                // a magic that failed part way may still have rows to bind (--as): bind them before reporting
                try {
                    afterSnippet.run();
                } catch (RuntimeException bindingFailed) {
                    failure.addSuppressed(bindingFailed);
                }
                throw failure;
            }
            afterSnippet.run();
            int consumed = remaining.length() - info.remaining().length();
            offset += consumed;
            remaining = info.remaining();
        }
        return value;
    }

    private Object runSnippet(CellSource cell, String cellText, String source, int offset) throws CellFailure {
        List<SnippetEvent> events = shell.eval(source);
        Object value = null;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet re-evaluated as a consequence; not what the user ran
            }
            Snippet snippet = event.snippet();
            int firstLine = CellSource.lineOf(cellText, offset + FailureFormatter.leadingWhitespace(source));
            failures.rememberSnippet(snippet.id(), cell.executionCount(), firstLine);
            if (event.status() == Snippet.Status.REJECTED) {
                throw failures.compileError(cell, source, offset, cellText, shell.diagnostics(snippet).toList());
            }
            if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
                temporaries.add(snippet);
            }
            JShellException thrown = event.exception();
            Throwable real = control.takeLastThrown();
            Object produced = control.takeLastValue();
            if (thrown != null) {
                throw failures.runtimeError(thrown, real);
            }
            value = producesValue(snippet) ? produced : null;
        }
        return value;
    }

    /**
     * Lets go of what the cells that ran so far no longer need: the {@code $N} temporaries that held expression values
     * (a cell's value is shown from the object itself, and a notebook never names {@code $N}), and the values of
     * variables declared again (see {@link StaleValues}). Run after every cell.
     */
    public void releaseStaleValues() {
        try {
            for (Snippet temporary : temporaries) {
                if (shell.status(temporary).isActive()) {
                    shell.drop(temporary);
                }
            }
            staleValues.release(shell);
        } catch (RuntimeException failed) {
            // memory kept a while longer is no reason to fail a cell; the next cell tries again
            LOG.warn("could not let go of stale cell values", failed);
        } finally {
            temporaries.clear();
        }
    }

    /** Expressions show their value; declarations ({@code int x = 5;}) and statements do not. */
    private static boolean producesValue(Snippet snippet) {
        return switch (snippet.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
    }

    /** The current value of a variable declared in a cell, as the real object. */
    public Optional<Object> variable(String name) {
        try {
            Optional<Field> field = variableField(name);
            return field.isPresent() ? Optional.ofNullable(field.get().get(null)) : Optional.empty();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The type a variable's declaration wrote ({@code List<String>}; JShell's inferred type for {@code var}). */
    public Optional<String> declaredType(String name) {
        return shell.variables().filter(v -> v.name().equals(name) && shell.status(v).isActive())
                .reduce((first, second) -> second).map(VarSnippet::typeName);
    }

    /**
     * Gives a declared variable a new value without compiling anything, when it is declared with exactly
     * {@code typeName} (as Java names the type, or as the declaration wrote it): rebinding the same name ({@code --as a}
     * run again) then adds no snippet and no class to the session. Returns false, and leaves everything as it was,
     * when there is no such variable (declare it then).
     */
    boolean assign(String name, String typeName, Object value) {
        try {
            Optional<Field> field = variableField(name);
            if (field.isEmpty() || Modifier.isFinal(field.get().getModifiers())) {
                return false;
            }
            boolean sameType = field.get().getGenericType().getTypeName().equals(typeName)
                    || declaredType(name).filter(typeName::equals).isPresent();
            if (!sameType || value == null && field.get().getType().isPrimitive()) {
                return false;
            }
            field.get().set(null, value);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** The static field that holds a variable, in the wrapper JShell compiled last for it (declared again, a new one). */
    private Optional<Field> variableField(String name) throws NoSuchFieldException {
        Optional<VarSnippet> latest = shell.variables()
                .filter(v -> v.name().equals(name) && shell.status(v).isActive())
                .reduce((first, second) -> second);
        Optional<Class<?>> wrapper = latest.flatMap(v -> wrappers.current(v.id())).flatMap(SnippetWrappers.Wrapper::type);
        if (wrapper.isEmpty()) {
            return Optional.empty();
        }
        Field field = wrapper.get().getDeclaredField(name);
        field.setAccessible(true);
        return Optional.of(field);
    }

    /**
     * Binds {@code value} to the session variable {@code name}, typed {@code typeName} ({@code --as}), without
     * compiling code that fetches the value. JShell learns of a variable only by evaluating its source, and its
     * execution engine can load classes and run a snippet but has no call that sets a variable; this JShell runs
     * snippets in this JVM, though, where a variable is a static field of its snippet's wrapper class. So a name
     * already declared with this type is assigned ({@link #assign}); any other is declared {@code typeName name;}
     * (no initializer, nothing of ours in it) and its new field is set.
     */
    public void bind(String name, String typeName, Object value) throws CellFailure {
        if (assign(name, typeName, value)) {
            return;
        }
        declare(name, typeName);
        try {
            Optional<Field> field = variableField(name);
            if (field.isEmpty()) {
                throw bindingError(name, "JShell holds no such variable after declaring it");
            }
            field.get().set(null, value);
        } catch (ReflectiveOperationException | IllegalArgumentException notSet) {
            throw bindingError(name, "a " + (value == null ? "null" : value.getClass().getName()) + " is not a " + typeName);
        }
    }

    /** Declares (or declares again) {@code typeName name;} in the session, with the value Java gives it by default. */
    private void declare(String name, String typeName) throws CellFailure {
        for (SnippetEvent event : shell.eval(typeName + " " + name + ";")) {
            if (event.causeSnippet() != null) {
                continue;
            }
            if (event.status() == Snippet.Status.REJECTED) {
                throw bindingError(name, shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList().toString());
            }
            control.takeLastValue();
            Throwable real = control.takeLastThrown();
            if (event.exception() != null) {
                throw failures.runtimeError(event.exception(), real);
            }
        }
    }

    private static CellFailure bindingError(String name, String why) {
        return new CellFailure("BindingError", "cannot bind '" + name + "': " + why, List.of());
    }

    /** A failure of code that ran outside JShell (a cell magic), described like one inside it. */
    public CellFailure failureOf(Throwable thrown) {
        if (thrown instanceof CellFailure failure) {
            return failure;
        }
        return failures.runtimeError(null, thrown);
    }

    /**
     * How a failure of code that ran outside JShell (a magic's) reads when there is no JShell to ask yet: as
     * {@link #failureOf} tells it, without the cells' snippets (none ran).
     */
    public static CellFailure failureOutside(Throwable thrown) {
        return thrown instanceof CellFailure failure ? failure : new FailureFormatter().runtimeError(null, thrown);
    }

    /** JShell's source analysis (completion, documentation, where a snippet ends); the first call starts its class index. */
    public synchronized SourceCodeAnalysis analysis() {
        if (analysis == null) {
            analysis = shell.sourceCodeAnalysis();
        }
        return analysis;
    }

    public JShell shell() {
        return shell;
    }

    @Override
    public void close() {
        shell.close();
    }

    /** The rest of a cell as one snippet, for when JShell cannot tell where the next one ends. */
    private record WholeRest(String rest) implements CompletionInfo {
        @Override
        public SourceCodeAnalysis.Completeness completeness() {
            return SourceCodeAnalysis.Completeness.COMPLETE;
        }

        @Override
        public String remaining() {
            return "";
        }

        @Override
        public String source() {
            return rest;
        }
    }
}
