package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What a user sees running Java cells in the installed kernel, through Jupyter's own client. */
class JavaCellsIT {

    @RegisterExtension
    static final SharedKernel shared = SharedKernel.plain();

    @Test
    void kernelInfoDescribesAJavaKernel() throws IOException {
        JsonNode info = shared.session().kernelInfo();

        assertThat(info.path("status").asText()).isEqualTo("ok");
        assertThat(info.path("implementation").asText()).isEqualTo("panther");
        assertThat(info.path("language_info").path("name").asText()).isEqualTo("java");
        assertThat(info.path("protocol_version").asText()).startsWith("5.");
    }

    @Test
    void theKernelspecUsesMessageInterruptsAndItsDisplayName() {
        assertThat(shared.session().info().path("spec_interrupt_mode").asText()).isEqualTo("message");
        assertThat(shared.session().info().path("spec_display_name").asText()).isEqualTo("Panther (Java)");
        assertThat(shared.session().info().path("spec_language").asText()).isEqualTo("java");
        assertThat(shared.session().info().path("spec_argv").toString()).contains("-Dfile.encoding=UTF-8");
    }

    @Test
    void aHugeValueReachesTheNotebookCutWithWhatWasLeftOut() throws IOException {
        Execution text = shared.session().execute("\"x\".repeat(5_000_000)");
        Execution list = shared.session().execute("java.util.stream.IntStream.range(0, 2_000_000).boxed().toList()");

        assertThat(text.text()).hasSizeLessThan(101_000)
                .endsWith("4,900,000 more characters not shown (5,000,000 in all): the value itself is whole; "
                        + "print a part of it, or write it to a file");
        assertThat(list.text()).startsWith("[0, 1, 2, ").endsWith(", 999, … 1,999,000 more]");
    }

    @Test
    void anArrayReadsAsJShellWritesOneAndAThrowingToStringIsOneError() throws IOException {
        assertThat(shared.session().execute("new int[][] {{1, 2}, {3}}").text()).isEqualTo("int[2][] { int[2] { 1, 2 }, int[1] { 3 } }");

        Execution run = shared.session().execute("""
                class Broken { public String toString() { throw new IllegalStateException("no text"); } }
                new Broken()""");
        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorValue()).isEqualTo("the cell ran, but showing its value failed: no text");
    }

    @Test
    void aMillionPrintedLinesAllArriveInOrder() throws IOException {
        Execution run = shared.session().execute("for (int i = 0; i < 1_000_000; i++) System.out.println(i);");

        String[] lines = run.stdout().split("\n");
        assertThat(lines).hasSize(1_000_000);
        assertThat(lines[0]).isEqualTo("0");
        assertThat(lines[999_999]).isEqualTo("999999");
        assertThat(run.outputs("stream")).hasSizeLessThan(1_000);
    }

    @Test
    void printsAndADisplayKeepTheOrderTheyWereMadeIn() throws IOException {
        Execution run = shared.session().execute("""
                System.out.print("a"); System.err.print("b"); System.out.println("c");
                display("d");
                System.out.println("e");""");

        List<String> seen = new ArrayList<>();
        for (JsonNode output : run.answer().path("outputs")) {
            JsonNode content = output.path("content");
            switch (output.path("msg_type").asText()) {
                case "stream" -> seen.add(content.path("text").asText());
                case "display_data" -> seen.add(content.path("data").path("text/plain").asText());
                default -> { }
            }
        }
        assertThat(String.join("|", seen)).isEqualTo("a|b|c\n|d|e\n");
    }

    @Test
    void onePlusOneIsTwo() throws IOException {
        Execution run = shared.session().execute("1+1");

        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.text()).isEqualTo("2");
    }

    @Test
    void printedLinesStreamToTheCellBeforeItsValue() throws IOException {
        Execution run = shared.session().execute("System.out.println(\"hello from java\");\nint x = 20;\nx + 1");

        assertThat(run.stdout()).isEqualTo("hello from java\n");
        assertThat(run.text()).isEqualTo("21");
        List<String> order = new ArrayList<>();
        run.answer().path("outputs").forEach(o -> order.add(o.path("msg_type").asText()));
        assertThat(order.indexOf("stream")).isLessThan(order.indexOf("execute_result"));
    }

    @Test
    void aDeclarationShowsNoValueButTheVariableLivesOn() throws IOException {
        Execution declared = shared.session().execute("String greeting = \"hi\";");
        Execution used = shared.session().execute("greeting + \" there\"");

        assertThat(declared.text()).isNull();
        assertThat(used.text()).isEqualTo("hi there");
    }

    @Test
    void aTableRendersAsEscapedHtmlWithItsFooter() throws IOException {
        Execution run = shared.session().execute("""
                Table t = Table.create("people").addColumns(
                    StringColumn.create("name", "<b>Ada</b>", "Grace"),
                    IntColumn.create("born", 1815, 1906));
                t""");

        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.html())
                .contains("&lt;b&gt;Ada&lt;/b&gt;")
                .doesNotContain("<b>Ada</b>")
                .contains(">1906</td>")
                .contains("2 rows × 2 columns");
        assertThat(run.text()).contains("Grace").contains("2 rows × 2 columns");
    }

    @Test
    void aLongTableShowsItsFirstAndLastRowsAndSaysTheRestAreHidden() throws IOException {
        Execution run = shared.session().execute("""
                IntColumn n = IntColumn.create("n");
                for (int i = 0; i < 100; i++) n.append(i * 10);
                Table.create("long", n)""");

        assertThat(run.html())
                .contains(">190</td>").doesNotContain(">200</td>")
                .contains(">950</td>").contains(">990</td>").doesNotContain(">940</td>")
                .contains("100 rows × 1 column")
                .contains("75 rows hidden");
    }

    @Test
    void displayShowsAValueInTheMiddleOfACell() throws IOException {
        Execution run = shared.session().execute("display(Table.create(\"shown\").addColumns(StringColumn.create(\"c\", \"v1\")));\n\"done\"");

        assertThat(run.displays()).hasSize(1);
        assertThat(run.displays().get(0).path("data").path("text/html").asText()).contains(">v1</td>");
        assertThat(run.text()).isEqualTo("done");
    }

    @Test
    void aCompileErrorNamesTheProblemAndMarksTheCode() throws IOException {
        Execution run = shared.session().execute("int ok = 1;\nint y = \"s\";");

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorName()).isEqualTo("CompilationError");
        assertThat(run.errorValue()).contains("line 2").contains("incompatible types");
        assertThat(run.traceback()).contains("int y = \"s\";").contains("^^^");
    }

    @Test
    void anExceptionShowsItsClassMessageAndTheCellLine() throws IOException {
        Execution run = shared.session().execute("int a = 1;\nInteger.parseInt(\"x\")");

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorName()).isEqualTo("java.lang.NumberFormatException");
        assertThat(run.errorValue()).isEqualTo("For input string: \"x\"");
        assertThat(run.traceback()).contains("line 2: Integer.parseInt(\"x\")");
    }

    @Test
    void aFailingCellDoesNotKillTheKernel() throws IOException {
        shared.session().execute("throw new IllegalStateException(\"boom\");");
        shared.session().execute("Object o = null; o.toString()");

        assertThat(shared.session().execute("40 + 2").text()).isEqualTo("42");
    }

    @Test
    void systemExitInACellIsRefusedAndTheKernelLivesOn() throws IOException {
        long pid = shared.session().kernelPid();

        Execution exit = shared.session().execute("System.exit(0);");
        Execution halt = shared.session().execute("Runtime.getRuntime().halt(1);");

        assertThat(exit.errorName()).isEqualTo("java.lang.UnsupportedOperationException");
        assertThat(exit.errorValue()).contains("would end the kernel").contains("restart the kernel");
        assertThat(halt.errorName()).isEqualTo("java.lang.UnsupportedOperationException");
        assertThat(shared.session().execute("2 + 2").text()).isEqualTo("4");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
    }

    @Test
    void tabCompletesTab() throws IOException {
        JsonNode reply = shared.session().complete("Tab", 3);

        assertThat(reply.path("matches").toString()).contains("\"Table\"");
        assertThat(reply.path("cursor_start").asInt()).isZero();
        assertThat(reply.path("cursor_end").asInt()).isEqualTo(3);
    }

    @Test
    void completionWorksInTheSecondStatementOfACell() throws IOException {
        shared.session().execute("String word = \"x\";");
        String code = "int a = 1;\nword.toUpp";
        JsonNode reply = shared.session().complete(code, code.length());

        assertThat(reply.path("matches").toString()).contains("toUpperCase(");
        assertThat(reply.path("cursor_start").asInt()).isEqualTo(code.length() - "toUpp".length());
    }

    @Test
    void shiftTabShowsTheSignature() throws IOException {
        JsonNode reply = shared.session().inspect("Math.max(1, 2)", 6);

        assertThat(reply.path("found").asBoolean()).isTrue();
        assertThat(reply.path("data").path("text/plain").asText()).contains("int Math.max(int a, int b)");
    }

    @Test
    void shiftTabAfterAMethodNameWithoutItsParenthesesShowsItsSignatures() throws IOException {
        JsonNode reply = shared.session().inspect("String.valueOf", "String.valueOf".length());

        assertThat(reply.path("found").asBoolean()).isTrue();
        assertThat(reply.path("data").path("text/plain").asText()).contains("String String.valueOf(Object obj)");
    }

    @Test
    void anUnfinishedForLoopKeepsTheConsolePrompting() throws IOException {
        JsonNode reply = shared.session().isComplete("for (int i = 0; i < 3; i++) {");

        assertThat(reply.path("status").asText()).isEqualTo("incomplete");
        assertThat(reply.path("indent").asText()).isEqualTo("    ");
        assertThat(shared.session().isComplete("for (int i = 0; i < 3; i++) { }").path("status").asText()).isEqualTo("complete");
    }

    @Test
    void historyHoldsTheCellsRun() throws IOException {
        shared.session().execute("String remembered = \"history check\";");

        JsonNode reply = shared.session().history();

        assertThat(reply.path("status").asText()).isEqualTo("ok");
        assertThat(reply.path("history").toString()).contains("history check");
    }

    @Test
    void tablesawImportsArePreloaded() throws IOException {
        Execution run = shared.session().execute("List<Instant> when = List.of(Instant.EPOCH); DoubleColumn.create(\"d\", 1.5).sum()");

        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.text()).isEqualTo("1.5");
    }

    @Test
    void aFigureRendersAsHtmlThatDrawsWithPlotly() throws IOException {
        Execution run = shared.session().execute("""
                Table sales = Table.create("s").addColumns(StringColumn.create("k", "a", "b"), DoubleColumn.create("v", 1, 2));
                VerticalBarPlot.create("Sales", sales, "k", "v")""");

        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.html()).contains("<div id=\"panther").contains("Plotly.newPlot").contains("plotly-2.35.2.min")
                .contains("requirejs").contains("Sales");
    }

    @Test
    void plotShowDrawsInTheCellInsteadOfFailing() throws IOException {
        Execution run = shared.session().execute("""
                Table sales2 = Table.create("s").addColumns(StringColumn.create("k", "a"), DoubleColumn.create("v", new double[] {3}));
                Plot.show(VerticalBarPlot.create("Shown inline", sales2, "k", "v"));
                """);

        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.displays()).hasSize(1);
        assertThat(run.displays().get(0).path("data").path("text/html").asText()).contains("Shown inline");
    }

    @Test
    void duckDbsNativeLibraryIsMappedFromTheKernelspecNotCopiedToTheTemporaryDirectory() throws IOException {
        Path maps = Path.of("/proc", Long.toString(shared.session().kernelPid()), "maps");
        assumeTrue(Files.isReadable(maps), "Linux only: reads the kernel process's memory map");

        Execution open = shared.session().execute("java.sql.DriverManager.getConnection(\"jdbc:duckdb:\").close();");

        assertThat(open.status()).isEqualTo("ok");
        List<String> mapped = Files.readAllLines(maps).stream().filter(line -> line.contains("libduckdb_java")).toList();
        assertThat(mapped).as("DuckDB's library in the kernel process").isNotEmpty()
                .allSatisfy(line -> assertThat(line).as("not a copy in the temporary directory")
                        .contains("/kernels/panther/lib/libduckdb_java.so_"));
    }
}
