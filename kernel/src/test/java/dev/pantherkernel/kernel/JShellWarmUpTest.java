package dev.pantherkernel.kernel;

import dev.pantherkernel.kernel.jshell.CellFailure;
import dev.pantherkernel.kernel.jshell.CellThreads;
import dev.pantherkernel.kernel.jshell.JShellEvaluator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;

/** JShell warmed up before the first cell: every startup import works, and nothing of the rehearsal is left. */
class JShellWarmUpTest {

    private static JShellEvaluator jshell;
    private static int count;

    @BeforeAll
    static void start() {
        JShellWarmUp warmUp = JShellWarmUp.begin(new CellThreads(Duration.ofSeconds(5)));
        warmUp.kernelListens();
        jshell = warmUp.ready().join();
    }

    @AfterAll
    static void stop() {
        jshell.close();
    }

    private static Object eval(String code) throws CellFailure {
        return jshell.eval(++count, code, code, () -> { });
    }

    @Test
    void everyStartupImportIsThereFromTheOneSnippet() throws CellFailure {
        assertThat(eval("new ArrayList<>(List.of(1, 2)).stream().map(Function.identity()).collect(Collectors.toList())"))
                .isEqualTo(List.of(1, 2));
        assertThat(eval("LocalDate.EPOCH.plus(1, ChronoUnit.DAYS)")).isEqualTo(LocalDate.of(1970, 1, 2));
        assertThat(eval("Table.create(\"t\", StringColumn.create(\"s\", List.of(\"a\"))).rowCount()")).isEqualTo(1);
        assertThat(eval("BigDecimal.ONE.add(new BigDecimal(\"0.5\")).toString()")).isEqualTo("1.5");
        assertThat(eval("HIGH.name() + \" \" + OPEN.name()")).isEqualTo("HIGH OPEN");
        assertThat(eval("Path.of(\"a\").resolve(\"b\").toString() + new File(\"c\").getName()")).isEqualTo("a/bc");
        assertThat(eval("Result.class.getSimpleName()")).isEqualTo("Result");
    }

    @Test
    void theRehearsalLeavesNoVariableAndAUserImportStillShadowsAStartupOne() throws CellFailure {
        assertThat(jshell.shell().variables().filter(v -> jshell.shell().status(v).isActive()))
                .noneMatch(v -> v.source().equals("1 + 1"));
        eval("import java.awt.List;");
        assertThat(eval("List.class.getName()")).isEqualTo("java.awt.List");
        eval("import java.util.List;");
        assertThat(eval("List.of(3).get(0)")).isEqualTo(3);
    }

    @Test
    void aCellThatComesWhileTheImportsCompileIsNotMadeToWaitForTheThrowawayExpression() throws CellFailure {
        JShellWarmUp warmUp = JShellWarmUp.begin(new CellThreads(Duration.ofSeconds(5)));
        warmUp.hurry();
        JShellEvaluator hurried = warmUp.ready().join();
        try {
            assertThat(warmUp.rehearsed()).isFalse();
            assertThat(hurried.eval(1, "1 + 1", "1 + 1", () -> { })).isEqualTo(2);
            assertThat(hurried.eval(2, "List.of(HIGH).get(0).name()", "List.of(HIGH).get(0).name()", () -> { })).isEqualTo("HIGH");
        } finally {
            hurried.close();
        }
    }

    @Test
    void aWarmUpThatNobodyHurriesRunsTheThrowawayExpression() {
        JShellWarmUp warmUp = JShellWarmUp.begin(new CellThreads(Duration.ofSeconds(5)));
        warmUp.kernelListens();
        try {
            warmUp.ready().join();
            assertThat(warmUp.rehearsed()).isTrue();
        } finally {
            warmUp.ready().join().close();
        }
    }

    @Test
    void theImportsWaitWhileACellThatDidNotAskForJShellRunsAndGoOnWhenItEnds() throws Exception {
        CellThreads threads = new CellThreads(Duration.ofSeconds(5));
        JShellWarmUp warmUp = JShellWarmUp.begin(threads);
        threads.cellStarted();
        warmUp.kernelListens();
        try {
            Thread.sleep(JShellWarmUp.FIRST_CELL_WINDOW.toMillis() * 3);
            assertThat(warmUp.ready()).as("while a %panther command runs").isNotDone();
        } finally {
            threads.cellEnded();
        }
        warmUp.ready().get(2, TimeUnit.MINUTES).close();
    }

    @Test
    void theImportsWaitForTheKernelToListenUnlessSomethingAsksForJShell() throws Exception {
        JShellWarmUp warmUp = JShellWarmUp.begin(new CellThreads(Duration.ofSeconds(5)));
        Thread.sleep(JShellWarmUp.FIRST_CELL_WINDOW.toMillis() * 3);
        assertThat(warmUp.ready()).as("before the kernel listens").isNotDone();

        warmUp.hurry();

        warmUp.ready().get(2, TimeUnit.MINUTES).close();
    }

    @Test
    void theImportsWaitWhileTheKernelSaysOtherWorkComesFirst() throws Exception {
        AtomicBoolean demoStarting = new AtomicBoolean(true);
        JShellWarmUp warmUp = JShellWarmUp.begin(new CellThreads(Duration.ofSeconds(5)));
        warmUp.yieldWhile(demoStarting::get);
        warmUp.kernelListens();
        Thread.sleep(JShellWarmUp.FIRST_CELL_WINDOW.toMillis() * 3);
        assertThat(warmUp.ready()).as("while the demo starts").isNotDone();

        demoStarting.set(false);

        warmUp.ready().get(2, TimeUnit.MINUTES).close();
    }
}
