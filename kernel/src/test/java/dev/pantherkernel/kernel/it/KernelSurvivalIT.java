package dev.pantherkernel.kernel.it;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.emulator.faults.Phase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kernel survives every failure the fault matrix produces, and the other ways a cell can fail: after each, the
 * next Java cell and the next %panther cell answer, in the same kernel process, through Jupyter's own client. The
 * faults come from the emulator this test starts; the kernel uses its default client settings (five attempts with
 * backoff), except for the read timeout and a page that is never ready, which a Java cell runs with shorter limits
 * (the defaults are a minute each). It runs beside another class: it asserts what each failure says and that the
 * kernel lives on, never how long anything took, and its one timing (a 1 s read timeout against a page delayed 3 s)
 * has seconds to spare; most of its minute is the client's backoff between attempts.
 */
class KernelSurvivalIT {

    private static final String DATA_LAKE = "SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 2500)) ORDER BY n";
    private static final String SMALL_ALERT_PAGES = "%%panther graphql\n{ alerts(input: {createdAtAfter: "
            + "\"2000-01-01T00:00:00Z\", createdAtBefore: \"2100-01-01T00:00:00Z\", pageSize: 3}) { edges { node { id } } } }";
    private static final ReliabilityFigures FIGURES = new ReliabilityFigures("kernel-survival");

    private static PantherEmulator emulator;
    private static KernelSession kernel;
    private static String alertId;
    private static int survived;

    @BeforeAll
    static void start() throws IOException {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(11).scale(0.05).build());
        kernel = KernelSession.start(Map.of("PANTHER_API_URL", emulator.url(), "PANTHER_API_TOKEN", emulator.token()));
        assertThat(kernel.execute("%panther connect").status()).isEqualTo("ok");
        assertThat(kernel.execute("Table partial = null;").status()).isEqualTo("ok");
        assertThat(kernel.execute("%%panther sql --as clean\n" + DATA_LAKE).status()).isEqualTo("ok");
        assertThat(kernel.execute("clean.rowCount()").text()).isEqualTo("2500");
        Execution alerts = kernel.execute("%panther alerts --since 30d --limit 1 --as one");
        assertThat(alerts.status()).isEqualTo("ok");
        alertId = kernel.execute("one.stringColumn(\"id\").get(0)").text().replace("\"", "");
    }

    @AfterAll
    static void stop() throws IOException {
        if (kernel != null) {
            kernel.close();
            assertThat(kernel.transcript()).doesNotContain(emulator.token());
        }
        emulator.close();
        FIGURES.total("failuresSurvived", survived).save();
    }

    /** A failing cell: what it runs, the fault it meets (or none), and what its error must say. */
    record Failure(String name, String cell, FaultRule fault, String says, int keptRows) {
    }

    private static FaultRule fault(String field, Phase phase, int skip, UnaryOperator<FaultRule.Builder> kind) {
        FaultRule.Builder rule = kind.apply(FaultRule.newFaultRule(field)).skip(skip);
        return (phase == null ? rule : rule.phase(phase)).build();
    }

    static List<Failure> failures() {
        List<Failure> out = new ArrayList<>();
        String sql = "%%panther sql --as partial\n" + DATA_LAKE;
        Map<String, UnaryOperator<FaultRule.Builder>> kinds = new LinkedHashMap<>();
        kinds.put("HTTP 500", b -> b.status(500));
        kinds.put("HTTP 502", b -> b.status(502));
        kinds.put("HTTP 503", b -> b.status(503));
        kinds.put("HTTP 429", b -> b.tooManyRequests(Duration.ofSeconds(1)));
        kinds.put("connection reset", FaultRule.Builder::connectionReset);
        kinds.put("truncated JSON", FaultRule.Builder::truncatedBody);
        kinds.put("HTML error page", FaultRule.Builder::htmlErrorPage);
        kinds.forEach((label, kind) -> out.add(new Failure("a persistent " + label + " on a middle results page", sql,
                fault("dataLakeQuery", Phase.RESULTS, 1, kind), label.replace(" JSON", ""), 999)));
        UnaryOperator<FaultRule.Builder> unavailable = b -> b.status(503);
        out.add(new Failure("a persistent HTTP 503 on the first alerts request", "%panther alerts --since 30d",
                fault("alerts", null, 0, unavailable), "HTTP 503", -1));
        out.add(new Failure("a persistent HTTP 503 on a middle alerts page", SMALL_ALERT_PAGES.replace("graphql", "graphql --as partial"),
                fault("alerts", null, 1, unavailable), "HTTP 503", 3));
        out.add(new Failure("an HTTP 503 on an alert change", "%panther alert {alertId} --status TRIAGED",
                fault("updateAlertStatusById", null, 0, unavailable), "not sent again", -1));
        out.add(new Failure("an HTTP 503 on executeDataLakeQuery", sql, fault("executeDataLakeQuery", null, 0, unavailable),
                "executeDataLakeQuery", -1));
        out.add(new Failure("a persistent HTTP 503 on the status polls", sql, fault("dataLakeQuery", Phase.POLL, 0, unavailable),
                "polling query", -1));
        String shortTimeouts = "var quick = new dev.pantherkernel.magics.PantherMagics(new dev.pantherkernel.magics.session.PantherSession("
                + "dev.pantherkernel.magics.session.PantherSession.current().host(), dev.pantherkernel.magics.connect.Environment.system(), "
                + "dev.pantherkernel.magics.client.ClientOptions.newClientOptions().requestTimeout(Duration.ofSeconds(1)).maxAttempts(2).build()));\n"
                + "quick.cell(List.of(\"sql\"), \"" + DATA_LAKE + "\")";
        out.add(new Failure("a persistent read timeout on a middle results page (1 s timeout, Java cell)", shortTimeouts,
                fault("dataLakeQuery", Phase.RESULTS, 1, b -> b.delay(Duration.ofSeconds(3))), "read timeout", -1));
        String shortPatience = "dev.pantherkernel.magics.datalake.DataLakeQuery.sql(dev.pantherkernel.magics.session.PantherSession"
                + ".current().connection(), \"" + DATA_LAKE + "\").options(dev.pantherkernel.magics.datalake.job.JobOptions.defaults()"
                + ".withPatience(Duration.ofSeconds(2))).fetch()";
        out.add(new Failure("a middle results page that is never ready (tryAgain, 2 s patience, Java cell)", shortPatience,
                fault("dataLakeQuery", Phase.RESULTS, 1, FaultRule.Builder::tryAgain), "tryAgain", -1));
        out.add(new Failure("a usage error", "%panther alerts --severity hihg", null, "did you mean HIGH?", -1));
        out.add(new Failure("an invalid GraphQL cell", "%%panther graphql\n{ users { emial } }", null, "cell line 2, column", -1));
        out.add(new Failure("a failed data lake query", "%%panther sql\nSELECT no_such_column FROM aws_vpcflow", null, "failed", -1));
        out.add(new Failure("an exception in a Java cell", "Integer.parseInt(\"not a number\")", null, "not a number", -1));
        out.add(new Failure("a compile error", "int x = \"text\";", null, "incompatible types", -1));
        out.add(new Failure("a stack overflow", "int deeper(int n) { return deeper(n + 1) + 1; }\ndeeper(0)", null, "StackOverflowError", -1));
        out.add(new Failure("an impossible allocation", "long[] huge = new long[Integer.MAX_VALUE];", null, "OutOfMemoryError", -1));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> afterEachFailureTheNextCellsAnswer() {
        return failures().stream().map(f -> DynamicTest.dynamicTest("after " + f.name() + " the next cells answer", () -> survive(f)));
    }

    private void survive(Failure failure) throws IOException {
        long pid = kernel.kernelPid();
        kernel.execute("partial = null;");
        if (failure.fault() != null) {
            emulator.faults().add(failure.fault());
        }
        Execution failed;
        try {
            failed = kernel.execute(failure.cell().replace("{alertId}", alertId));
        } finally {
            emulator.faults().clear();
        }

        assertThat(failed.status()).as("status of %s", failure.cell()).isEqualTo("error");
        assertThat(failed.errorValue() + failed.traceback()).as("error of %s", failure.name()).contains(failure.says());
        if (failure.keptRows() >= 0) {
            assertThat(kernel.execute("partial.rowCount()").text()).as("rows kept after %s", failure.name())
                    .isEqualTo(Integer.toString(failure.keptRows()));
        }
        assertThat(kernel.execute("6 * 7").text()).isEqualTo("42");
        Execution magic = kernel.execute("%%panther sql --as after\nSELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 1500))");
        assertThat(magic.status()).as("the next %%panther cell").isEqualTo("ok");
        assertThat(kernel.execute("after.rowCount()").text()).isEqualTo("1500");
        assertThat(kernel.kernelPid()).isEqualTo(pid);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
        survived++;
        FIGURES.row(Map.of("failure", failure.name(), "error", failed.errorName(), "nextCellsAnswered", true));
    }
}
