package dev.pantherkernel.kernel.jshell;

import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.VarSnippet;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates Java cells with JShell in this JVM: splits a cell into snippets, runs them in order and returns
 * the value of the last one when it is an expression. Errors become {@link CellFailure}s that quote the cell.
 */
public final class JShellEvaluator implements AutoCloseable {

    /** JShell names the class that holds the variables of snippet N like this (stable since JDK 9). */
    private static final String WRAPPER_CLASS_PREFIX = "REPL.$JShell$";

    private final JShell shell;
    private final KernelExecutionControl control;
    private final SnippetClassLoader loader;
    private final SourceCodeAnalysis analysis;
    private final FailureFormatter failures = new FailureFormatter();

    private JShellEvaluator(JShell shell, KernelExecutionControl control, SnippetClassLoader loader) {
        this.shell = shell;
        this.control = control;
        this.loader = loader;
        this.analysis = shell.sourceCodeAnalysis();
    }

    /**
     * @param parent     the class loader cell code sees (the kernel's, so cells share its classes)
     * @param threads    where cell code runs
     * @param plotShow   the class that replaces Tablesaw's {@code Plot} in cell code
     */
    public static JShellEvaluator start(ClassLoader parent, CellThreads threads, Class<?> plotShow) {
        SnippetClassLoader loader = new SnippetClassLoader(parent, new CellInstrumenter(plotShow));
        KernelExecutionControl control = new KernelExecutionControl(loader, threads);
        JShell shell = JShell.builder()
                .executionEngine(new KernelExecutionControlProvider(control), null)
                .compilerOptions("-proc:none", "-Xlint:none", "-g")
                .build();
        return new JShellEvaluator(shell, control, loader);
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
        analysis.analyzeCompletion(source);
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
            CompletionInfo info = analysis.analyzeCompletion(remaining);
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

    /** Expressions show their value; declarations ({@code int x = 5;}) and statements do not. */
    private static boolean producesValue(Snippet snippet) {
        return switch (snippet.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
    }

    /** The current value of a variable declared in a cell, as the real object. */
    public Optional<Object> variable(String name) {
        Optional<VarSnippet> latest = shell.variables()
                .filter(v -> v.name().equals(name) && shell.status(v).isActive())
                .reduce((first, second) -> second);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        try {
            Class<?> wrapper = loader.findClass(WRAPPER_CLASS_PREFIX + latest.get().id());
            Field field = wrapper.getDeclaredField(name);
            field.setAccessible(true);
            return Optional.ofNullable(field.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether a variable of this name is declared in the session. */
    public boolean hasVariable(String name) {
        return shell.variables().anyMatch(v -> v.name().equals(name) && shell.status(v).isActive());
    }

    /** Declares (or replaces) a variable in the session from Java code, typed as {@code typeName}. */
    public void declare(String name, String typeName, String initializerExpression) throws CellFailure {
        String source = typeName + " " + name + " = " + initializerExpression + ";";
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue;
            }
            if (event.status() == Snippet.Status.REJECTED) {
                throw new CellFailure("BindingError", "cannot bind '" + name + "': "
                        + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList(), List.of());
            }
            control.takeLastValue();
            Throwable real = control.takeLastThrown();
            if (event.exception() != null) {
                throw failures.runtimeError(event.exception(), real);
            }
        }
    }

    /** A failure of code that ran outside JShell (a cell magic), described like one inside it. */
    public CellFailure failureOf(Throwable thrown) {
        if (thrown instanceof CellFailure failure) {
            return failure;
        }
        return failures.runtimeError(null, thrown);
    }

    public SourceCodeAnalysis analysis() {
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
