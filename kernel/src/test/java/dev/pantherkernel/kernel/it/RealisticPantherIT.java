package dev.pantherkernel.kernel.it;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.ServerTraits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command in the installed kernel, through jupyter_client, against a Panther that answers as a real one
 * plausibly does: no introspection, databases named {@code panther_logs.public}, upper-case result column names and
 * Snowflake's lower-case result type names. Nothing fails for want of a schema, and the columns are typed.
 */
class RealisticPantherIT {

    @RegisterExtension
    static final SharedKernel shared = SharedKernel.connectedTo(EmulatorOptions.newEmulatorOptions().seed(11).scale(0.05).traits(ServerTraits.REALISTIC).build());
    private static final List<String> NOTICES = new ArrayList<>();

    private static Execution ok(String code) throws IOException {
        Execution run = shared.session().execute(code);
        assertThat(run.status()).as("%s: %s", code, run.errorValue()).isEqualTo("ok");
        if (run.stderr().contains("does not answer introspection")) {
            NOTICES.add(run.stderr());
        }
        return run;
    }

    @Test
    void alertCommandsRunWithoutTheSchemaAndGiveTypedColumnsSayingSoOnce() throws IOException {
        Execution alerts = ok("%panther alerts --since 30d --as month");
        String id = ok("month.stringColumn(\"id\").get(0)").text().replace("\"", "");
        ok("%panther alert " + id);
        ok("%panther alert " + id + " --events");
        ok("%panther alert " + id + " --status TRIAGED");
        ok("%panther alert " + id + " --comment \"seen from a notebook\"");

        assertThat(alerts.html()).contains("INSTANT").contains("types from the values (no schema)");
        assertThat(ok("month.column(\"createdAt\").type()").text()).isEqualTo("INSTANT");
        assertThat(NOTICES).as("the introspection notice, once per session").hasSize(1);
    }

    @Test
    void usersRolesMetricsAndHistoryRun() throws IOException {
        assertThat(ok("%panther users --as people").html()).contains("lastLoggedInAt").contains("INSTANT");
        assertThat(ok("%panther roles").html()).contains("Analyst");
        assertThat(ok("%panther metrics alerts-per-severity --since 7d --interval 1d").html()).contains("INSTANT");
        assertThat(ok("%panther queries --since 1d").html()).contains("status");
        assertThat(ok("%panther version").html()).contains(PantherEmulator.PANTHER_VERSION);
        assertThat(ok("%panther whoami").html()).contains("endpoint");
        assertThat(ok("%panther help").text()).contains("alerts");
    }

    @Test
    void theCatalogShowsPanthersDatabaseNamesAndTakesEitherForm() throws IOException {
        assertThat(ok("%panther tables").html()).contains("okta_systemlog").contains("panther_logs.public");
        assertThat(ok("%panther tables panther_rule_matches").html()).contains("panther_rule_matches.public");
        assertThat(ok("%panther columns panther_logs.public.okta_systemlog").html()).contains("p_event_time");
    }

    @Test
    void sqlResultsKeepSnowflakesNamesAndTypesAndAnyCaseFindsThem() throws IOException {
        Execution run = ok("""
                %%panther sql --database panther_logs.public --as spray --columns ip,failures
                SELECT client['ipAddress']::string AS ip, count(*) AS failures
                FROM okta_systemlog WHERE p_occurs_since('30 days')
                GROUP BY 1 ORDER BY 2 DESC LIMIT 5""");
        Execution chart = ok("%panther chart spray --x ip --y failures --agg sum");

        assertThat(run.html()).contains(">IP<span").contains(">FAILURES<span").contains("LONG");
        assertThat(ok("spray.longColumn(\"failures\").get(0) > 0").text()).isEqualTo("true");
        assertThat(chart.html()).contains("panther-chart");
        assertThat(ok("%panther search 203.0.113.9 --since 30d --databases panther_logs.public").html())
                .contains("P_TABLE");
    }

    @Test
    void aGraphQLCellIsPagedAndPanthersErrorPointsAtTheCellLine() throws IOException {
        Execution paged = ok("%%panther graphql\n{ alerts(input: {createdAtAfter: \"2000-01-01T00:00:00.000Z\", "
                + "createdAtBefore: \"2100-01-01T00:00:00.000Z\", pageSize: 5}) { edges { node { id createdAt } } } }");
        Execution typo = shared.session().execute("%%panther graphql\n{\n  users {\n    emial\n  }\n}");

        assertThat(paged.html()).contains(" pages").contains("INSTANT");
        assertThat(typo.status()).isEqualTo("error");
        assertThat(typo.errorValue()).contains("at cell line 4, column 5").contains("emial");
        assertThat(typo.traceback()).contains("    emial").contains("    ^");
    }

    @Test
    void schemaShowsTheReferenceCopyAndSaysSo() throws IOException {
        Execution run = ok("%panther schema Alert");

        assertThat(run.html()).contains("severity").contains("createdAt")
                .contains("does not answer introspection").contains("reference copy");
    }

    @Test
    void graphqlCompletionOffersFieldsFromTheReferenceCopy() throws IOException {
        ok("%panther version");
        String cell = "%%panther graphql\n{ alerts(input: {createdAtAfter: \"x\"}) { edges { node { sev";

        assertThat(shared.session().complete(cell, cell.length()).path("matches").toString()).contains("severity");
    }
}
