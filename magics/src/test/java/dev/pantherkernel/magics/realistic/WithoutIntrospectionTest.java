package dev.pantherkernel.magics.realistic;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.graphql.InvalidOperationException;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every command against a Panther that does not answer introspection, over real HTTP: nothing fails for want of a
 * schema, connections are paged by their shape, columns are typed by their values, and the session is told once.
 */
class WithoutIntrospectionTest {

    private final PantherEmulator emulator = SharedEmulator.realistic();
    private final RecordingHost host = new RecordingHost();
    private final PantherSession session = SharedEmulator.session(emulator, host);
    private final PantherMagics panther = new PantherMagics(session);

    private Result line(String words) {
        return (Result) panther.line(List.of(words.split(" ")));
    }

    private Result cell(String words, String body) {
        return (Result) panther.cell(List.of(words.split(" ")), body);
    }

    private List<String> introspectionNotices() {
        return host.warnings.stream().filter(w -> w.contains("does not answer introspection")).toList();
    }

    @Test
    void alertsArePagedAndTypedFromTheirValuesAndTheSessionIsToldOnce() {
        Result alerts = line("alerts --since 30d");
        Result again = line("alerts --since 30d --severity HIGH,CRITICAL");

        Table table = alerts.table();
        assertThat(table.columnNames()).containsExactly("id", "createdAt", "severity", "status", "title",
                "origin.name", "assignee.email", "lastReceivedEventAt");
        assertThat(table.rowCount()).isGreaterThan(25);
        assertThat(alerts.pages()).isGreaterThan(1);
        assertThat(table.column("createdAt").type()).isEqualTo(ColumnType.INSTANT);
        assertThat(table.column("lastReceivedEventAt").type()).isEqualTo(ColumnType.INSTANT);
        assertThat(table.column("severity").type()).isEqualTo(ColumnType.STRING);
        assertThat(alerts.footer()).contains("types from the values (no schema)");
        assertThat(again.table().stringColumn("severity").unique().asList()).containsOnly("HIGH", "CRITICAL");
        assertThat(introspectionNotices()).singleElement().asString()
                .contains("commands run without checking GraphQL first");
    }

    @Test
    void everyAlertColumnGetsATypeEvenWithoutTheSchema() {
        Map<String, ColumnType> types = line("alerts --since 30d --all-columns").table().columns().stream()
                .collect(Collectors.toMap(c -> c.name(), c -> c.type()));

        assertThat(types).containsEntry("id", ColumnType.STRING).containsEntry("createdAt", ColumnType.INSTANT)
                .containsEntry("firstEventOccurredAt", ColumnType.INSTANT).containsEntry("updatedAt", ColumnType.INSTANT)
                .containsEntry("origin.__typename", ColumnType.STRING).containsEntry("origin.name", ColumnType.STRING)
                .containsEntry("assignee.email", ColumnType.STRING);
    }

    @Test
    void oneAlertItsEventsAndChangesToItWork() {
        String id = line("alerts --since 30d --limit 1").table().stringColumn("id").get(0);

        assertThat(line("alert " + id).table().stringColumn("id").get(0)).isEqualTo(id);
        Table events = line("alert " + id + " --events").table();
        Result triaged = line("alert " + id + " --status triaged");
        Result comment = (Result) panther.line(List.of("alert", id, "--comment", "checked without a schema"));

        assertThat(events.rowCount()).isPositive();
        assertThat(events.column("p_event_time").type()).isEqualTo(ColumnType.INSTANT);
        assertThat(triaged.table().stringColumn("status").get(0)).isEqualTo("TRIAGED");
        assertThat(comment.table().stringColumn("body").get(0)).isEqualTo("checked without a schema");
    }

    @Test
    void usersRolesAndRoleChangesWork() {
        Table users = line("users").table();
        Table roles = line("roles").table();
        Result created = line("role create no-schema-bot --permissions AlertRead");
        Result deleted = line("role delete no-schema-bot");

        assertThat(users.columnNames()).contains("email", "role.name", "lastLoggedInAt");
        assertThat(users.column("lastLoggedInAt").type()).isEqualTo(ColumnType.INSTANT);
        assertThat(roles.stringColumn("name").asList()).contains("Admin", "Analyst");
        assertThat(roles.stringColumn("permissions").get(0)).doesNotStartWith("[").contains(", ");
        assertThat(created.table().stringColumn("permissions").get(0)).isEqualTo("AlertRead");
        assertThat(users.stringColumn("role.permissions").get(0)).as("typed from its values").doesNotStartWith("[");
        assertThat(deleted.footer()).anyMatch(f -> f.contains("deleted role no-schema-bot"));
    }

    @Test
    void metricsAndQueryHistoryWork() {
        Table metrics = line("metrics alerts-per-severity --since 7d --interval 1d").table();
        Table queries = line("queries --since 1d").table();

        assertThat(metrics.columnNames()).containsExactly("time", "series", "value");
        assertThat(metrics.column("time").type()).isEqualTo(ColumnType.INSTANT);
        assertThat(queries.columnNames()).contains("id", "status", "sql");
    }

    @Test
    void aGraphQLCellIsPagedByItsShapeWithTheCursorInItsInput() {
        Result result = cell("graphql", """
                query Recent($from: DateTime!) {
                  alerts(input: {createdAtAfter: $from, createdAtBefore: "2100-01-01T00:00:00.000Z", pageSize: 7}) {
                    edges { node { id createdAt severity assignee { email } deliveries { outputId success } } }
                  }
                }""".replace("$from: DateTime!", "$from: DateTime = \"2000-01-01T00:00:00.000Z\""));

        Table table = result.table();
        assertThat(result.pages()).isGreaterThan(1);
        assertThat(table.rowCount()).isGreaterThan(7);
        assertThat(table.columnNames()).containsExactly("id", "createdAt", "severity", "assignee.email", "deliveries");
        assertThat(table.column("createdAt").type()).isEqualTo(ColumnType.INSTANT);
        assertThat(table.column("deliveries").type()).as("a list is one JSON text column").isEqualTo(ColumnType.STRING);
    }

    @Test
    void aSyntaxErrorIsStillCaughtBeforeSendingAndAnUnknownFieldIsPanthersError() {
        assertThatThrownBy(() -> cell("graphql", "{ users { email "))
                .isInstanceOf(InvalidOperationException.class).hasMessageContaining("nothing was sent");
        assertThatThrownBy(() -> cell("graphql", "{ users { emial } }"))
                .isInstanceOf(PantherException.class).hasMessageContaining("emial");
    }

    @Test
    void panthersErrorPointsAtTheCellLineEvenAfterTheOperationWasRewrittenToPage() {
        // the cell's first line is the magic line, so the body starts on cell line 2
        String body = """
                {
                  alerts(input: {createdAtAfter: "2000-01-01T00:00:00.000Z", createdAtBefore: "2100-01-01T00:00:00.000Z"}) {
                    edges {
                      node { id   severty }
                    }
                  }
                }""";

        assertThatThrownBy(() -> panther.cell(List.of("graphql"), body, 2))
                .isInstanceOfSatisfying(PantherException.class, e -> {
                    assertThat(e.getMessage()).contains("at cell line 5, column 19").contains("severty");
                    assertThat(e.details()).containsExactly("      node { id   severty }", "                  ^");
                });
    }

    @Test
    void aSyntaxErrorNamesTheCellLineToo() {
        assertThatThrownBy(() -> panther.cell(List.of("graphql"), "{\n  users { email ", 2))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("at cell line 3, column");
    }

    @Test
    void schemaShowsTheKernelsReferenceCopyAndWarnsThatItMayDiffer() {
        Result alert = line("schema Alert");
        Result operations = line("schema");

        assertThat(alert.table().stringColumn("field").asList()).contains("id", "severity", "createdAt", "origin");
        assertThat(operations.table().stringColumn("field").asList()).contains("alerts", "executeDataLakeQuery");
        assertThat(alert.warnings()).singleElement().asString()
                .contains("does not answer introspection").contains("reference copy of Panther's public API");
    }

    @Test
    void theReferenceCopyIsTheWholePublishedSurfaceWithLogSourcesSchemasCloudAccountsAndAi() {
        List<String> operations = line("schema").table().stringColumn("field").asList();
        Table sources = line("schema LogIntegration").table();
        Table s3 = line("schema S3LogIntegration").table();

        assertThat(operations).contains("sources", "source", "createS3Source", "updateS3Source", "deleteSource", "schemas",
                "createOrUpdateSchema", "updateSchemaStatus", "cloudAccounts", "cloudAccount", "createCloudAccount",
                "aiSummarizeAlert", "aiInferenceStream", "cachedAISummaryData", "actorProfileInfo", "executeAlertActorQuery");
        assertThat(sources.stringColumn("field").asList()).contains("integrationId", "integrationLabel", "isHealthy",
                "lastEventReceivedAtTime", "logTypes");
        assertThat(s3.stringColumn("field").asList()).contains("s3Bucket", "s3PrefixLogTypes", "logProcessingRole");
        assertThatThrownBy(() -> line("schema LogSource")).hasMessageContaining("no type LogSource");
    }
}
