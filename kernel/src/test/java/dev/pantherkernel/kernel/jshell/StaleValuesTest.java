package dev.pantherkernel.kernel.jshell;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a long session lets go of, and what it must keep: values are watched through weak references. The tests share
 * one JShell (starting one takes seconds), so each uses names of its own.
 */
class StaleValuesTest {

    private static JShellEvaluator jshell;
    private static int count;

    @BeforeAll
    static void start() {
        jshell = JShellEvaluator.start(StaleValuesTest.class.getClassLoader(), new CellThreads(Duration.ofSeconds(5)),
                JShellEvaluatorTest.NoPlot.class);
        jshell.prepare(List.of("import tech.tablesaw.api.*;"));
    }

    @AfterAll
    static void stop() {
        jshell.close();
    }

    /** Runs a cell as the kernel does: the cell, then letting go of what it no longer needs. */
    private static Object cell(String code) throws CellFailure {
        try {
            return jshell.eval(++count, code, code, () -> { });
        } finally {
            jshell.releaseStaleValues();
        }
    }

    private static boolean collected(WeakReference<?> watched) throws InterruptedException {
        for (int i = 0; i < 20 && watched.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return watched.get() == null;
    }

    @Test
    void aVariableDeclaredAgainLetsGoOfItsOldValue() throws Exception {
        cell("StringBuilder redeclared = new StringBuilder(\"first\");");
        WeakReference<Object> first = new WeakReference<>(jshell.variable("redeclared").orElseThrow());

        cell("StringBuilder redeclared = new StringBuilder(\"second\");");

        assertThat(collected(first)).as("the first value, once the variable was declared again").isTrue();
        assertThat(cell("redeclared.toString()")).isEqualTo("second");
    }

    @Test
    void anExpressionsValueIsNotKeptOnceItsCellEnded() throws Exception {
        Object value = cell("new StringBuilder(\"shown once\")");
        WeakReference<Object> shown = new WeakReference<>(value);
        value = null;

        assertThat(collected(shown)).as("the value of an expression cell").isTrue();
    }

    @Test
    void aVariableDeclaredAgainIsReadWithItsNewValue() throws Exception {
        cell("String retyped = \"old\";");
        cell("String retyped = \"new\";");
        cell("Integer retyped = 3;");

        assertThat(jshell.variable("retyped")).contains(3);
    }

    @Test
    void aLambdaHeldByAVariableKeepsTheValueItWasCompiledAgainst() throws Exception {
        cell("StringBuilder captured = new StringBuilder(\"one\");");
        cell("java.util.function.Supplier<String> seen = () -> captured.toString();");
        cell("StringBuilder captured = new StringBuilder(\"two\");");

        assertThat(cell("seen.get()")).as("as in plain JShell: the lambda reads the variable it was compiled against")
                .isEqualTo("one");
        assertThat(cell("captured.toString()")).isEqualTo("two");
    }

    @Test
    void aMethodReadsTheVariableDeclaredAfterIt() throws Exception {
        cell("StringBuilder shown = new StringBuilder(\"one\");");
        cell("String showShown() { return shown.toString(); }");
        cell("StringBuilder shown = new StringBuilder(\"two\");");

        assertThat(cell("showShown()")).isEqualTo("two");
    }

    @Test
    void aVariableOfTheSameTypeTakesANewValueWithoutANewSnippet() throws Exception {
        jshell.bind("bound", Table.class.getName(), Table.create("first"));
        long snippets = jshell.shell().snippets().count();
        Table second = Table.create("second");

        assertThat(jshell.assign("bound", Table.class.getName(), second)).isTrue();

        assertThat(jshell.shell().snippets().count()).isEqualTo(snippets);
        assertThat(cell("bound.name()")).isEqualTo("second");
    }

    @Test
    void aVariableOfAnotherTypeIsNotAssigned() throws Exception {
        cell("Object typedObject = \"text\";");

        assertThat(jshell.assign("typedObject", Table.class.getName(), Table.create("t"))).isFalse();
        assertThat(jshell.assign("missing", Table.class.getName(), Table.create("t"))).isFalse();
        assertThat(jshell.variable("typedObject")).contains("text");
    }

    @Test
    void aVariableIsAssignedByTheTypeItsDeclarationWrote() throws Exception {
        cell("java.util.List<String> ids = java.util.List.of(\"a\");");
        long snippets = jshell.shell().snippets().count();

        String declared = jshell.declaredType("ids").orElseThrow();
        assertThat(declared).endsWith("List<String>");
        assertThat(jshell.assign("ids", declared, List.of("x", "y"))).isTrue();

        assertThat(jshell.shell().snippets().count()).isEqualTo(snippets);
        assertThat(cell("ids.get(1)")).isEqualTo("y");
    }
}
