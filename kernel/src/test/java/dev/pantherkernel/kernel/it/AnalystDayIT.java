package dev.pantherkernel.kernel.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst's day in the built-in demo, through Jupyter's own client (issue 25): long values and long tables can be
 * read whole, the demo's logging stays out of cells, and Java errors name what the user wrote.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystDayIT {

    private static final Path LOG = Path.of("target/analyst-day-kernel.log").toAbsolutePath();
    private static final String RUNBOOK = "The root account should never be used day to day: sign in with it only for "
            + "the tasks that need it, then rotate its credentials and review what it did.";
    private static KernelSession kernel;

    @BeforeAll
    static void start() throws IOException {
        Files.deleteIfExists(LOG);
        kernel = KernelSession.start(Map.of("PANTHER_API_URL", "", "PANTHER_API_TOKEN", ""), LOG);
        Execution connect = kernel.execute("%panther connect --demo");
        assertThat(connect.status()).as("connect: %s", connect.errorValue()).isEqualTo("ok");
        Execution table = kernel.execute("StringColumn runbook = StringColumn.create(\"runbook\");\n"
                + "for (int i = 0; i < 40; i++) runbook.append(i == 37 ? \"" + RUNBOOK + "\" : \"step \" + i);\n"
                + "Table runbooks = Table.create(\"runbooks\", runbook);");
        assertThat(table.status()).as("the table: %s", table.errorValue()).isEqualTo("ok");
    }

    @AfterAll
    static void stop() {
        if (kernel != null) {
            kernel.close();
        }
    }

    @Test
    @Order(1)
    void aLongTableHidesItsMiddleAndALongValueIsCutWithItsWholeTextOnHover() throws IOException {
        String html = kernel.execute("runbooks").html();

        assertThat(html).contains("showing the first 20 and last 5 rows; 15 rows hidden")
                .contains("title=\"" + RUNBOOK + "\"");
    }

    @Test
    @Order(2)
    void fullOnACommandShowsThatTableWithEveryRowAndWholeValues() throws IOException {
        Execution full = kernel.execute("%%panther local --full\nSELECT * FROM runbooks");
        Execution after = kernel.execute("%%panther local\nSELECT * FROM runbooks");

        assertThat(full.status()).as("%s", full.errorValue()).isEqualTo("ok");
        assertThat(full.html()).doesNotContain("rows hidden").contains("<td class=\"w\">" + RUNBOOK + "</td>")
                .contains("<table class=\"panther whole\"");
        assertThat(full.text()).contains(RUNBOOK);
        assertThat(after.html()).as("the next result, as the session shows tables").contains("rows hidden");
    }

    @Test
    @Order(3)
    void theDisplaySettingShowsEveryTableOfTheSessionAsAsked() throws IOException {
        Execution set = kernel.execute("%panther display --rows 100 --width 0");
        String html = kernel.execute("runbooks").html();
        kernel.execute("%panther display --reset");

        assertThat(set.status()).as("%s", set.errorValue()).isEqualTo("ok");
        assertThat(html).doesNotContain("rows hidden").contains("<th class=\"i\">39</th>").contains(RUNBOOK + "</td>")
                .doesNotContain("title=\"" + RUNBOOK);
        assertThat(kernel.execute("runbooks").html()).contains("rows hidden");
    }

    @Test
    @Order(4)
    void theDemosLoggingNeverReachesACellButTheKernelsLog() throws IOException {
        // what the demo's HTTP server logs when a client hangs up mid-page (an interrupt while pages come in), from
        // the logger it logs with, in this JVM
        Execution run = kernel.execute("System.getLogger(\"dev.pantherkernel.emulator.http.GraphQLEndpoint\")"
                + ".log(System.Logger.Level.WARNING, \"request failed: java.io.IOException: Broken pipe (AnalystDayIT)\");\n"
                + "java.util.logging.Logger.getLogger(\"demo\").severe(\"a demo log line (AnalystDayIT)\");");

        assertThat(run.status()).as("%s", run.errorValue()).isEqualTo("ok");
        assertThat(run.stderr() + run.stdout()).doesNotContain("AnalystDayIT").doesNotContain("GraphQLEndpoint");
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).contains("request failed: java.io.IOException: Broken pipe (AnalystDayIT)")
                .contains("a demo log line (AnalystDayIT)");
    }

    @Test
    @Order(5)
    void aNullPointerNamesTheUsersVariableAndACompileErrorEndsInNoEmptyPhrase() throws IOException {
        kernel.execute("Table notYetFetched = null;");

        Execution npe = kernel.execute("notYetFetched.rowCount()");
        Execution missing = kernel.execute("undeclaredTable.rowCount()");

        assertThat(npe.traceback()).contains("because \"notYetFetched\" is null").doesNotContain("JShell").doesNotContain("REPL");
        assertThat(missing.errorValue()).isEqualTo("line 1: cannot find symbol: variable undeclaredTable");
        assertThat(missing.traceback()).doesNotContain("location: class");
    }

    @Test
    @Order(6)
    void errorsAreBoldInTheThemesTextColourNotRed() throws IOException {
        Execution usage = kernel.execute("%panther alerts --severity NOPE");
        Execution java = kernel.execute("throw new IllegalStateException(\"stop\");");

        assertThat(usage.status()).isEqualTo("error");
        assertThat(java.status()).isEqualTo("error");
        assertThat(raw(usage) + raw(java)).contains("\u001b[1m").doesNotContain("31m");
    }

    /** The traceback as sent, colour codes and all. */
    private static String raw(Execution run) {
        StringBuilder out = new StringBuilder();
        run.error().path("traceback").forEach(line -> out.append(line.asText()).append('\n'));
        return out.toString();
    }
}
