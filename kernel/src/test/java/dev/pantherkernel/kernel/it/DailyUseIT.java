package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.EmulatorOptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.parallel.Isolated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an analyst meets in a fresh notebook, through Jupyter's own client: the first things done before any
 * {@code connect}, the password box and its stop button, help, completion of chart options, a mistyped host.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Isolated
class DailyUseIT {

    // no Panther configured: the demo is what a command finds by itself
    @RegisterExtension
    static final SharedKernel shared = SharedKernel.withEnvironment(Map.of("PANTHER_API_URL", "", "PANTHER_API_TOKEN", ""));

    @Test
    @Order(1)
    void sqlTableNamesCompleteBeforeAnyCommandConnected() throws IOException {
        String cell = "%%panther sql\nSELECT * FROM aws_c";

        // the first Tab starts connecting (the demo here) and answers within JupyterLab's one second; Tab again
        JsonNode completion = shared.session().complete(cell, cell.length());
        long start = System.nanoTime();
        while (!completion.path("matches").toString().contains("aws_cloudtrail") && System.nanoTime() - start < 90e9) {
            sleep(500);
            completion = shared.session().complete(cell, cell.length());
        }

        assertThat(completion.path("matches").toString()).contains("aws_cloudtrail");
        assertThat(completion.path("cursor_start").asInt()).isEqualTo(cell.length() - "aws_c".length());
    }

    @Test
    @Order(2)
    void alertsWithoutConnectShowTheDemoBannerAboveTheTable() throws IOException {
        Execution run = shared.session().execute("%panther alerts --since 1d");

        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.html()).contains("DEMO: connected to the built-in Panther emulator; all data is synthetic");
        assertThat(run.html().indexOf("DEMO:")).isLessThan(run.html().indexOf("<table"));
        assertThat(run.text()).startsWith("⚠ DEMO:");
    }

    @Test
    @Order(3)
    void helpForChartShowsItsExampleWithNoWarningOnStderr() throws IOException {
        Execution run = shared.session().execute("%panther help chart");

        assertThat(run.text()).contains("  %panther chart alerts --x createdAt --by severity --bucket 1d --kind bar");
        assertThat(streams(run, "stderr")).isEmpty();
    }

    @Test
    @Order(4)
    void chartKindsAndAggregationsCompleteInTheCaseTheDocsWrite() throws IOException {
        String kind = "%panther chart alerts --x createdAt --kind ";
        String agg = "%panther chart alerts --x createdAt --agg m";

        assertThat(values(shared.session().complete(kind, kind.length())))
                .containsExactly("area", "bar", "histogram", "line", "pie", "scatter", "timeline");
        assertThat(values(shared.session().complete(agg, agg.length()))).containsExactly("mean");
    }

    @Test
    @Order(5)
    void anInterruptWhileThePasswordBoxIsOpenEndsTheCellAtOnce() throws IOException {
        Execution run = shared.session().executeThenInterruptAtInput("%panther connect --url https://acme.runpanther.net --prompt");

        assertThat(run.answer().path("input_requests").get(0).path("password").asBoolean()).isTrue();
        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorName()).isEqualTo("Interrupted");
        assertThat(run.secondsAfterInterrupt()).isBetween(0.0, 2.0);
        assertThat(shared.session().execute("6 * 7").text()).isEqualTo("42");
    }

    @Test
    @Order(6)
    void aHostNameThatDoesNotResolveIsSaidSoAtOnce() throws IOException {
        long start = System.nanoTime();
        // the prompt after an interrupted one is answered normally
        Execution run = shared.session().executeAnswering("%panther connect --url https://acme.invalid --prompt", "a-token");
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorValue()).contains("the host name 'api.acme.invalid' does not resolve")
                .doesNotContain("refused").doesNotContain("attempts");
        assertThat(seconds).isLessThan(3.0);
    }

    @Test
    @Order(7)
    void aCompletionAnswersWithinTheSecondJupyterLabWaitsEvenWhileConnecting() throws IOException {
        try (KernelSession fresh = KernelSession.start(Map.of("PANTHER_API_URL", "", "PANTHER_API_TOKEN", ""))) {
            fresh.execute("1");
            String cell = "%%panther sql\nSELECT * FROM okta_s";
            long start = System.nanoTime();
            fresh.complete(cell, cell.length());
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(seconds).as("seconds to the first completion reply").isLessThan(3.0);
        }
    }

    @Test
    @Order(8)
    void theFirstCommandFindsTheDemoAtOnceAndALargerDemoSaysItIsGeneratingWhileItWaits(@TempDir Path noKeptDemos)
            throws IOException {
        // a cache of generated demos of its own: one kept by an earlier run of the build starts at once, with no line
        try (KernelSession fresh = KernelSession.start(Map.of("PANTHER_API_URL", "", "PANTHER_API_TOKEN", "",
                EmulatorOptions.CACHE_VARIABLE, noKeptDemos.toString()))) {
            Execution run = fresh.execute("%panther alerts --since 1d");

            assertThat(run.status()).isEqualTo("ok");
            assertThat(run.displays()).as("progress lines: the default demo came packed and starts at once").isEmpty();
            assertThat(run.keptOutputs()).as("what a saved notebook keeps: the result alone").hasSize(1);
            assertThat(run.html()).contains("DEMO: connected to the built-in Panther emulator");

            Execution larger = fresh.execute("%panther connect --demo --demo-scale 0.02 --demo-days 3");
            assertThat(larger.status()).isEqualTo("ok");
            assertThat(larger.displays()).as("progress lines").isNotEmpty();
            assertThat(larger.displays().get(0).path("data").path("text/plain").asText())
                    .isEqualTo("starting the built-in demo: generating its synthetic sample data…");
            assertThat(larger.keptOutputs()).as("what a saved notebook keeps: the result alone").hasSize(1);
        }
    }

    @Test
    @Order(9)
    void theFirstTabOfANewKernelListsTheTablesTheLastKernelListedWhileTheDemoStillStarts(@TempDir Path cache)
            throws IOException {
        Map<String, String> environment = Map.of("PANTHER_API_URL", "", "PANTHER_API_TOKEN", "", "XDG_CACHE_HOME", cache.toString());
        try (KernelSession first = KernelSession.start(environment)) {
            assertThat(first.execute("%panther tables").status()).isEqualTo("ok");
        }
        try (KernelSession next = KernelSession.start(environment)) {
            String cell = "%%panther sql\nSELECT * FROM okta_s";

            // sent the moment the kernel answers: the demo has not started, its tables cannot be listed in time
            JsonNode completion = next.complete(cell, cell.length());

            assertThat(completion.path("matches").toString()).contains("okta_systemlog");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> values(JsonNode completion) {
        List<String> out = new ArrayList<>();
        completion.path("matches").forEach(m -> out.add(m.asText()));
        return out;
    }

    private static String streams(Execution run, String name) {
        StringBuilder out = new StringBuilder();
        for (JsonNode s : run.outputs("stream")) {
            if (s.path("name").asText().equals(name)) {
                out.append(s.path("text").asText());
            }
        }
        return out.toString();
    }
}
