package dev.pantherkernel.kernel.jshell;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JShellEvaluatorTest {

    private static final CellThreads THREADS = new CellThreads(Duration.ofSeconds(5));
    private static JShellEvaluator jshell;
    private static int count;

    @BeforeAll
    static void start() {
        jshell = JShellEvaluator.start(JShellEvaluatorTest.class.getClassLoader(), THREADS, NoPlot.class);
        jshell.prepare(List.of("import tech.tablesaw.api.*;"));
    }

    @AfterAll
    static void stop() {
        jshell.close();
    }

    private static Object eval(String code) throws CellFailure {
        return jshell.eval(++count, code, code, () -> { });
    }

    @Test
    void theLastExpressionIsTheValue() throws CellFailure {
        assertThat(eval("int a = 2;\na * 21")).isEqualTo(42);
    }

    @Test
    void declarationsAndStatementsHaveNoValue() throws CellFailure {
        assertThat(eval("int declared = 5;")).isNull();
        assertThat(eval("if (declared > 0) { declared = 6; }")).isNull();
    }

    @Test
    void valuesAreTheRealObjectsNotTheirText() throws CellFailure {
        Object value = eval("Table.create(\"t\").addColumns(IntColumn.create(\"n\", 1, 2, 3))");

        assertThat(value).isInstanceOf(Table.class);
        assertThat(((Table) value).rowCount()).isEqualTo(3);
    }

    @Test
    void aVariableCanBeReadBackAsTheSameObject() throws CellFailure {
        eval("StringBuilder shared = new StringBuilder(\"x\");");

        Object fromSession = jshell.variable("shared").orElseThrow();
        ((StringBuilder) fromSession).append("y");

        assertThat(eval("shared.toString()")).isEqualTo("xy");
        assertThat(jshell.variable("noSuchVariable")).isEmpty();
    }

    @Test
    void aValueBoundFromOutsideIsAVariableOfCellsDeclaredWithoutCodeThatFetchesIt() throws CellFailure {
        jshell.bind("answer", "java.lang.Integer", 41);

        assertThat(eval("answer + 1")).isEqualTo(42);
        assertThat(jshell.declaredType("answer")).contains("java.lang.Integer");
        assertThat(jshell.shell().variables().filter(v -> v.name().equals("answer")).map(v -> v.source()))
                .containsExactly("java.lang.Integer answer;");
    }

    @Test
    void aBoundValueKeepsTheGenericTypeItWasBoundAs() throws CellFailure {
        jshell.bind("boundIds", "java.util.List<String>", List.of("a", "b"));

        assertThat(eval("boundIds.get(1).length()")).isEqualTo(1);
    }

    @Test
    void bindingANameDeclaredWithAnotherTypeDeclaresItAgain() throws CellFailure {
        eval("String rebound = \"text\";");

        jshell.bind("rebound", Table.class.getName(), Table.create("bound"));

        assertThat(eval("rebound.name()")).isEqualTo("bound");
    }

    @Test
    void aValueThatIsNotOfTheTypeIsRefusedWithOneLine() {
        assertThatThrownBy(() -> jshell.bind("mistyped", "java.lang.Integer", "text"))
                .isInstanceOfSatisfying(CellFailure.class, f -> {
                    assertThat(f.errorName()).isEqualTo("BindingError");
                    assertThat(f.errorValue()).isEqualTo("cannot bind 'mistyped': a java.lang.String is not a java.lang.Integer");
                });
    }

    @Test
    void aCompileErrorNamesTheLineAndMarksTheColumn() {
        assertThatThrownBy(() -> eval("int fine = 1;\n  String s = 5;"))
                .isInstanceOfSatisfying(CellFailure.class, f -> {
                    assertThat(f.errorName()).isEqualTo("CompilationError");
                    assertThat(f.errorValue()).startsWith("line 2: incompatible types");
                    assertThat(String.join("\n", f.traceback())).contains("column 14").contains("  String s = 5;");
                });
    }

    @Test
    void anExceptionKeepsItsClassAndPointsAtTheCellLine() {
        assertThatThrownBy(() -> eval("int x = 1;\n\nObject o = null;\no.hashCode()"))
                .isInstanceOfSatisfying(CellFailure.class, f -> {
                    assertThat(f.errorName()).isEqualTo("java.lang.NullPointerException");
                    assertThat(String.join("\n", f.traceback())).contains("line 4: o.hashCode()");
                });
    }

    @Test
    void anExceptionWithoutAMessageIsNamedWithWhereItWasThrownNeverAnEmptyLine() {
        assertThatThrownBy(() -> eval("int y = 2;\nif (y > 1) throw new IllegalStateException();"))
                .isInstanceOfSatisfying(CellFailure.class, f -> assertThat(f.errorValue())
                        .isEqualTo("IllegalStateException without a message, at cell [" + count + "] line 2"));
    }

    @Test
    void anExceptionOfLibraryCodeWithoutAMessageNamesTheLibrarysFrame() {
        NullPointerException fromNativeCode = new NullPointerException();
        fromNativeCode.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("org.duckdb.DuckDBVector", "getObject", "DuckDBVector.java", 123),
            new StackTraceElement("dev.pantherkernel.kernel.Cells", "run", "Cells.java", 55)});

        CellFailure failure = JShellEvaluator.failureOutside(fromNativeCode);

        assertThat(failure.errorValue())
                .isEqualTo("NullPointerException without a message, at org.duckdb.DuckDBVector.getObject(DuckDBVector.java:123)");
    }

    @Test
    void anExceptionInAMethodFromAnEarlierCellNamesThatCell() throws CellFailure {
        eval("void explode() {\n    throw new IllegalStateException(\"boom\");\n}");
        int defined = count;

        assertThatThrownBy(() -> eval("explode();"))
                .isInstanceOfSatisfying(CellFailure.class, f -> {
                    assertThat(f.errorValue()).isEqualTo("boom");
                    assertThat(String.join("\n", f.traceback()))
                            .contains("cell [" + defined + "] line 2, in explode: throw new IllegalStateException(\"boom\");");
                });
    }

    @Test
    void aNullPointerNamesTheUsersVariableNotJShellsWrapper() throws CellFailure {
        eval("Table unset = null;");

        assertThatThrownBy(() -> eval("unset.rowCount()"))
                .isInstanceOfSatisfying(CellFailure.class, f -> {
                    assertThat(f.errorValue()).isEqualTo("Cannot invoke \"tech.tablesaw.api.Table.rowCount()\" because \"unset\" is null");
                    assertThat(String.join("\n", f.traceback())).doesNotContain("JShell").doesNotContain("REPL");
                });
    }

    @Test
    void aNullLocalVariableOfAMethodIsNamedToo() throws CellFailure {
        eval("int lengthOfNothing() { String local = null; return local.length(); }");

        assertThatThrownBy(() -> eval("lengthOfNothing()"))
                .isInstanceOfSatisfying(CellFailure.class, f -> assertThat(f.errorValue()).contains("because \"local\" is null"));
    }

    @Test
    void aClassDeclaredInACellIsNamedAsWritten() throws CellFailure {
        eval("class Finding {}\nObject finding = new Finding();");

        assertThatThrownBy(() -> eval("((String) finding).length()"))
                .isInstanceOfSatisfying(CellFailure.class, f -> {
                    assertThat(f.errorValue()).startsWith("class Finding cannot be cast to class java.lang.String");
                    assertThat(f.errorValue()).doesNotContain("JShell");
                });
    }

    @Test
    void aCompileErrorNamesTheMissingSymbolAndEndsInNoEmptyPhrase() {
        assertThatThrownBy(() -> eval("int fine = 2;\nundeclaredThing.size()"))
                .isInstanceOfSatisfying(CellFailure.class, f -> {
                    assertThat(f.errorValue()).isEqualTo("line 2: cannot find symbol: variable undeclaredThing");
                    assertThat(f.traceback().get(0)).endsWith("cannot find symbol: variable undeclaredThing")
                            .doesNotContain("location");
                });
    }

    @Test
    void aCompileErrorKeepsALocationThatNamesSomething() {
        assertThatThrownBy(() -> eval("Table named = Table.create(\"x\");\nnamed.noSuchMethod()"))
                .isInstanceOfSatisfying(CellFailure.class, f -> assertThat(f.errorValue()).isEqualTo(
                        "line 2: cannot find symbol: method noSuchMethod() (location: variable named of type tech.tablesaw.api.Table)"));
    }

    @Test
    void errorLinesAreBoldInTheThemesTextColourNotRed() {
        assertThatThrownBy(() -> eval("throw new IllegalStateException(\"stop\");"))
                .isInstanceOfSatisfying(CellFailure.class, f -> {
                    assertThat(f.traceback().get(0)).isEqualTo("\u001b[1mjava.lang.IllegalStateException\u001b[0m: stop");
                    assertThat(String.join("\n", f.traceback())).doesNotContain("[31m").doesNotContain(";31m");
                });
        assertThatThrownBy(() -> eval("int broken = \"text\";"))
                .isInstanceOfSatisfying(CellFailure.class,
                        f -> assertThat(String.join("\n", f.traceback())).doesNotContain("31m"));
    }

    @Test
    void aCellThatEndsMidStatementSaysSo() {
        assertThatThrownBy(() -> eval("int y = 1;\nfor (int i = 0; i < 2; i++) {"))
                .isInstanceOfSatisfying(CellFailure.class,
                        f -> assertThat(f.errorValue()).contains("line 2").contains("missing"));
    }

    @Test
    void anInterruptStopsAnInfiniteLoopInACell() throws Exception {
        THREADS.cellStarted();
        CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(() -> {
            try {
                eval("long spins = 0;\nwhile (true) { spins++; }");
                return null;
            } catch (CellFailure f) {
                return f;
            } finally {
                THREADS.cellEnded();
            }
        });
        Thread.sleep(500);
        THREADS.interrupt();

        Throwable thrown = failure.get(30, TimeUnit.SECONDS);
        assertThat(thrown).isInstanceOfSatisfying(CellFailure.class, f -> assertThat(f.errorName()).isEqualTo("Interrupted"));
        assertThat(eval("1 + 1")).isEqualTo(2);
    }

    @Test
    void anInterruptBeforeTheCodeStartsStopsTheCellAndNoLaterOne() throws Exception {
        THREADS.cellStarted();
        THREADS.interrupt();
        try {
            assertThatThrownBy(() -> eval("int notRun = 1;"))
                    .isInstanceOfSatisfying(CellFailure.class, f -> assertThat(f.errorName()).isEqualTo("Interrupted"));
        } finally {
            THREADS.cellEnded();
        }
        THREADS.interrupt();

        assertThat(eval("6 * 7")).isEqualTo(42);
    }

    /** Stands in for the kernel's Plot replacement; the evaluator only needs a class to redirect to. */
    public static final class NoPlot {
        private NoPlot() {
        }
    }
}
