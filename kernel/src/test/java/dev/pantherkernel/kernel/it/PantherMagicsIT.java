package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * %panther in the installed kernel, driven by jupyter_client, against an emulator this test starts and hands to
 * the kernel through PANTHER_API_URL and PANTHER_API_TOKEN, as a user would.
 */
class PantherMagicsIT {

    private static final Instant ANCHOR = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    @RegisterExtension
    static final SharedKernel shared = SharedKernel.connectedTo(EmulatorOptions.newEmulatorOptions().seed(11).scale(0.05).anchor(ANCHOR).build());

    @Test
    void connectShowsTheEndpointAndVersion() throws IOException {
        Execution run = shared.session().execute("%panther connect");

        assertThat(run.text()).contains(shared.emulator().url()).contains(PantherEmulator.PANTHER_VERSION).contains("false");
        assertThat(run.html()).contains("pantherVersion");
    }

    @Test
    void alertsBoundWithAsAreTheSameRowsTheServerHas() throws Exception {
        Execution alerts = shared.session().execute("%panther alerts --since 30d --as a");
        Execution count = shared.session().execute("a.rowCount()");

        int expected = AlertCounter.count(shared.emulator().url(), shared.emulator().token(), ANCHOR.minus(30, ChronoUnit.DAYS).minusSeconds(120),
                Instant.now().plusSeconds(60));
        assertThat(alerts.status()).isEqualTo("ok");
        assertThat(Integer.parseInt(count.text())).isEqualTo(expected).isPositive();
        assertThat(alerts.html()).contains("alerts · ").contains(" pages").contains(expected + " rows");
    }

    @Test
    void pagingShowsProgressInPlaceAndLeavesNoTraceOfIt() throws IOException {
        Execution run = shared.session().execute("%%panther graphql\n{ alerts(input: {createdAtAfter: \"2000-01-01T00:00:00Z\", "
                + "createdAtBefore: \"2100-01-01T00:00:00Z\", pageSize: 2}) { edges { node { id } } } }");

        assertThat(run.displays()).hasSize(1);
        assertThat(run.displays().get(0).path("data").path("text/plain").asText()).contains("pages").contains("rows so far");
        assertThat(run.outputs("clear_output")).as("the progress line taken away").hasSize(1);
        assertThat(run.keptOutputs()).as("what a saved notebook keeps: the result alone").hasSize(1);
        assertThat(run.text()).contains("rows");
    }

    @Test
    void theJavaApiUsesTheSameSessionAndEngine() throws IOException {
        String magic = shared.session().execute("%panther alerts --since 30d --severity HIGH,CRITICAL --as hc").status();
        Execution java = shared.session().execute(
                "Panther.alerts().since(Duration.ofDays(30)).severities(HIGH, CRITICAL).fetch().table().rowCount() == hc.rowCount()");
        Execution last = shared.session().execute("Panther.last().table().rowCount() == hc.rowCount()");

        assertThat(magic).isEqualTo("ok");
        assertThat(java.text()).isEqualTo("true");
        assertThat(last.text()).isEqualTo("true");
    }

    @Test
    void aUsageErrorIsOneClearLine() throws IOException {
        Execution run = shared.session().execute("%panther alerts --severity hihg");

        assertThat(run.status()).isEqualTo("error");
        assertThat(run.errorValue()).contains("did you mean HIGH?");
        assertThat(run.traceback().strip().lines()).hasSize(1);
    }

    @Test
    void anInvalidGraphQLCellShowsLineColumnAndCaret() throws IOException {
        Execution run = shared.session().execute("%%panther graphql\n{\n  users { emial }\n}");

        assertThat(run.errorValue()).contains("at cell line 3, column 11");
        assertThat(run.traceback()).contains("  users { emial }").contains("          ^");
    }

    @Test
    void rowsFetchedBeforeAFailureAreShownAndBound() throws IOException {
        shared.emulator().faults().add(FaultRule.newFaultRule("alerts").status(500).skip(1).build());
        try {
            Execution run = shared.session().execute("%%panther graphql --as partial\n{ alerts(input: {createdAtAfter: "
                    + "\"2000-01-01T00:00:00Z\", createdAtBefore: \"2100-01-01T00:00:00Z\", pageSize: 3}) { edges { node { id } } } }");

            assertThat(run.status()).isEqualTo("error");
            assertThat(run.errorValue()).contains("HTTP 500").contains("3 rows fetched before are kept");
            assertThat(run.displays()).isNotEmpty();
            assertThat(run.displays().get(run.displays().size() - 1).path("data").path("text/html").asText())
                    .contains("3 rows");
            assertThat(shared.session().execute("partial.rowCount()").text()).isEqualTo("3");
        } finally {
            shared.emulator().faults().clear();
        }
    }

    @Test
    void rowsKeptByAMagicLineThatFailedPartWayAreBoundAtOnce() throws IOException {
        shared.emulator().faults().add(FaultRule.newFaultRule("alerts").status(500).skip(1).build());
        try {
            Execution run = shared.session().execute("int before = 1;\n%panther alerts --since 30d --as firstPage");

            assertThat(run.status()).isEqualTo("error");
            assertThat(shared.session().execute("firstPage.rowCount()").text()).isEqualTo("50");
        } finally {
            shared.emulator().faults().clear();
        }
    }

    @Test
    void tabCompletesCommandsOptionsAndEnumValues() throws IOException {
        assertThat(shared.session().complete("%panther aler", 13).path("matches").toString()).contains("alerts");
        assertThat(shared.session().complete("%panther alerts --sev", 21).path("matches").toString()).contains("--severity");
        String values = "%panther alerts --severity HIGH,CRI";
        assertThat(shared.session().complete(values, values.length()).path("matches").toString()).contains("CRITICAL");
    }

    @Test
    void tabInsideAColumnArgumentOffersTheColumnsOfTheBoundTable() throws IOException {
        shared.session().execute("%panther alerts --since 30d --as triage");
        String code = "triage.stringColumn(\"sev";

        JsonNode reply = shared.session().complete(code, code.length());

        assertThat(reply.path("matches").toString()).isEqualTo("[\"severity\"]");
        assertThat(reply.path("cursor_start").asInt()).isEqualTo(code.length() - "sev".length());
    }

    @Test
    void tabAndShiftTabInAGraphQLCellUseTheSchema() throws IOException {
        String cell = "%%panther graphql\n{ alerts(input: {}) { edges { node { seve";
        JsonNode completion = shared.session().complete(cell, cell.length());
        JsonNode inspection = shared.session().inspect("%%panther graphql\n{ alerts(input: {}) { edges { node { id } } } }",
                "%%panther graphql\n{ ale".length());

        assertThat(completion.path("matches").toString()).contains("severity");
        assertThat(completion.path("cursor_start").asInt()).isEqualTo(cell.length() - 4);
        assertThat(inspection.path("data").path("text/plain").asText()).contains("alerts(input: AlertsInput!): AlertsOutput!");
    }

    @Test
    void thePasswordPromptAsksWithoutEchoAndConnects() throws IOException {
        Execution run = shared.session().executeAnswering("%panther connect --url " + shared.emulator().url() + " --prompt", shared.emulator().token());

        assertThat(run.status()).isEqualTo("ok");
        assertThat(run.answer().path("input_requests").get(0).path("password").asBoolean()).isTrue();
        assertThat(run.text()).contains("password prompt");
    }

    @Test
    void aPromptWhereTheFrontEndCannotAskSaysWhatToDoInstead() throws IOException {
        Execution run = shared.session().execute("%panther connect --url " + shared.emulator().url() + " --prompt");

        assertThat(run.errorValue()).contains("cannot ask for a password").contains("PANTHER_API_TOKEN");
    }
}
