package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.client.AccessDeniedException;
import dev.pantherkernel.magics.graphql.InvalidOperationException;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every %panther command against the emulator over real HTTP, as a notebook would run it. */
class CommandsTest {

    private final PantherEmulator emulator = SharedEmulator.get();
    private final RecordingHost host = new RecordingHost();
    private final PantherMagics panther = new PantherMagics(Sessions.demoToken(host));

    private Result line(String words) {
        return (Result) panther.line(List.of(words.split(" ")));
    }

    private Result cell(String words, String body) {
        return (Result) panther.cell(List.of(words.split(" ")), body);
    }

    @Test
    void connectShowsTheEndpointAndVersionButNeverTheToken() {
        Result connected = line("connect");

        Table table = connected.table();
        assertThat(table.stringColumn("endpoint").get(0)).isEqualTo(emulator.url());
        assertThat(table.stringColumn("pantherVersion").get(0)).isEqualTo(PantherEmulator.PANTHER_VERSION);
        assertThat(table.booleanColumn("demo").get(0)).isFalse();
        assertThat(table.stringColumn("credentials").get(0)).contains("PANTHER_API_URL");
        assertThat(connected.toString()).doesNotContain(emulator.token());
    }

    @Test
    void versionAndWhoamiDescribeTheConnection() {
        assertThat(line("version").table().stringColumn("pantherVersion").get(0)).isEqualTo(PantherEmulator.PANTHER_VERSION);
        assertThat(line("whoami").table().columnNames()).contains("endpoint", "credentials");
    }

    @Test
    void whoamiListsWhatTheTokenMayDoAsPantherReportsIt() {
        PantherMagics analyst = new PantherMagics(Sessions.withToken(new RecordingHost(),
                emulator.tokenFor(SharedEmulator.ANALYST)));

        Result whoami = (Result) analyst.line(List.of("whoami"));

        assertThat(List.of(whoami.table().stringColumn("permissions").get(0).split(", ")))
                .containsExactlyInAnyOrder("AlertRead", "DataAnalyticsRead", "UserRead");
        assertThat(whoami.table().stringColumn("tokenName").get(0)).isEqualTo(SharedEmulator.ANALYST);
        assertThat(whoami.toString() + whoami.table().print()).doesNotContain(emulator.tokenFor(SharedEmulator.ANALYST));
    }

    @Test
    void alertsHaveTheDefaultColumnsWithTypesFromTheSchema() {
        Table alerts = line("alerts --since 30d").table();

        assertThat(alerts.columnNames()).containsExactly("id", "createdAt", "severity", "status", "title",
                "origin.name", "assignee.email", "lastReceivedEventAt");
        assertThat(alerts.rowCount()).isPositive();
        assertThat(alerts.column("createdAt").type()).isEqualTo(ColumnType.INSTANT);
        assertThat(alerts.column("lastReceivedEventAt").type()).isEqualTo(ColumnType.INSTANT);
        assertThat(alerts.column("severity").type()).isEqualTo(ColumnType.STRING);
        assertThat(alerts.column("origin.name").type()).isEqualTo(ColumnType.STRING);
    }

    @Test
    void everyAlertColumnHasTheTypeItsSchemaTypeSays() {
        Table alerts = line("alerts --since 30d --all-columns").table();
        Map<String, ColumnType> types = alerts.columns().stream()
                .collect(Collectors.toMap(c -> c.name(), c -> c.type()));

        assertThat(types).containsEntry("id", ColumnType.STRING).containsEntry("title", ColumnType.STRING)
                .containsEntry("severity", ColumnType.STRING).containsEntry("status", ColumnType.STRING)
                .containsEntry("type", ColumnType.STRING).containsEntry("createdAt", ColumnType.INSTANT)
                .containsEntry("firstEventOccurredAt", ColumnType.INSTANT)
                .containsEntry("lastReceivedEventAt", ColumnType.INSTANT).containsEntry("updatedAt", ColumnType.INSTANT)
                .containsEntry("description", ColumnType.STRING).containsEntry("origin.__typename", ColumnType.STRING)
                .containsEntry("origin.id", ColumnType.STRING).containsEntry("origin.name", ColumnType.STRING)
                .containsEntry("origin.relatedComponent", ColumnType.STRING)
                .containsEntry("assignee.id", ColumnType.STRING).containsEntry("assignee.email", ColumnType.STRING);
        assertThat(alerts.stringColumn("origin.__typename").unique().asList())
                .containsAnyOf("Detection", "DeletedDetection", "SystemError");
        assertThat(alerts.stringColumn("assignee.email").countMissing()).as("unassigned alerts are missing values")
                .isPositive();
    }

    @Test
    void alertFiltersNarrowTheRows() {
        Table all = line("alerts --since 30d").table();
        Table high = line("alerts --since 30d --severity high,Critical").table();

        assertThat(high.rowCount()).isPositive().isLessThan(all.rowCount());
        assertThat(high.stringColumn("severity").unique().asList()).containsOnly("HIGH", "CRITICAL");
        assertThat(line("alerts --since 30d --status OPEN").table().stringColumn("status").unique().asList())
                .containsOnly("OPEN");
    }

    @Test
    void aMistypedSeveritySuggestsTheRightOne() {
        assertThatThrownBy(() -> line("alerts --severity hihg"))
                .isInstanceOf(UsageException.class).hasMessageContaining("did you mean HIGH?");
    }

    @Test
    void anAlertsTypeThatIsNotAListingTypeIsRefusedNamingTheOptionAndTheTypesBeforeAnythingIsFetched() {
        assertThatThrownBy(() -> line("alerts --since 30d --type alerts"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--type: 'alerts' is not a listing type; did you mean ALERT? (one of ALERT, DETECTION_ERROR, SYSTEM_ERROR)");
        assertThatThrownBy(() -> panther.line(List.of("alerts", "--type", ""))).hasMessageStartingWith("--type: '' is not a listing type");
        assertThat(host.progress).isEmpty();
        assertThat(line("alerts --since 30d --type system_error").table().rowCount()).isNotNegative();
    }

    @Test
    void anAlertsSubtypeThatIsNotAnAlertTypeIsRefusedNamingTheOptionAndTheTypesBeforeAnythingIsFetched() {
        assertThatThrownBy(() -> line("alerts --since 30d --subtype RULE,RULLE"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--subtype: 'RULLE' is not an alert type; did you mean RULE? (one of POLICY, RULE, ");
        assertThat(host.progress).isEmpty();
    }

    @Test
    void anAsNameJavaCannotDeclareIsRefusedBeforeAnythingIsFetched() {
        assertThatThrownBy(() -> line("alerts --since 30d --as 7d_alerts"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--as 7d_alerts: not a Java variable name; write a name like recent_alerts");
        assertThatThrownBy(() -> line("alerts --since 30d --as class")).hasMessageContaining("not a Java variable name");
        assertThat(host.progress).isEmpty();
        assertThat(host.bound).isEmpty();
    }

    @Test
    void limitStopsEarlyAndSaysTheResultIsTruncated() {
        Result limited = line("alerts --since 30d --limit 7");

        assertThat(limited.table().rowCount()).isEqualTo(7);
        assertThat(limited.truncated()).isTrue();
        assertThat(limited.warnings()).anyMatch(w -> w.contains("--limit 7"));
    }

    @Test
    void aColumnNamedTwiceInColumnsIsKeptOnceAtItsFirstPlace() {
        Table users = line("users --columns email,id --columns email").table();

        assertThat(users.columnNames()).containsExactly("email", "id");
    }

    @Test
    void asBindsTheTableToAJavaVariable() {
        Result alerts = line("alerts --since 30d --as recent");

        assertThat(host.bound).containsEntry("recent", alerts.table());
    }

    @Test
    void oneAlertItsEventsAndChangesToIt() {
        String id = line("alerts --since 30d --limit 1").table().stringColumn("id").get(0);

        assertThat(line("alert " + id).table().stringColumn("id").get(0)).isEqualTo(id);
        assertThat(line("alert " + id + " --events").table().rowCount()).isPositive();

        Result triaged = line("alert " + id + " --status triaged");
        assertThat(triaged.table().stringColumn("status").get(0)).isEqualTo("TRIAGED");
        assertThat(triaged.footer()).anyMatch(f -> f.contains("set the status of alert " + id + " to TRIAGED"));

        String email = line("users").table().stringColumn("email").get(0);
        assertThat(line("alert " + id + " --assign " + email).table().stringColumn("assignee.email").get(0)).isEqualTo(email);

        Result comment = (Result) panther.line(List.of("alert", id, "--comment", "checked with the owner"));
        assertThat(comment.table().stringColumn("body").get(0)).isEqualTo("checked with the owner");
    }

    @Test
    void usersAndRolesAreTables() {
        Table users = line("users").table();
        Table roles = line("roles").table();

        assertThat(users.columnNames()).contains("email", "role.name", "lastLoggedInAt");
        assertThat(users.column("lastLoggedInAt").type()).isEqualTo(ColumnType.INSTANT);
        assertThat(roles.stringColumn("name").asList()).contains("Admin", "Analyst");
        assertThat(roles.stringColumn("permissions").get(0)).doesNotStartWith("[").contains(", ");
    }

    @Test
    void rolesAndUsersCanBeCreatedChangedAndDeleted() {
        Result created = line("role create triage-bot --permissions AlertRead,alertmodify");
        assertThat(created.table().stringColumn("permissions").get(0)).contains("AlertRead").contains("AlertModify");

        Result updated = line("role update triage-bot --permissions AlertRead");
        assertThat(updated.table().stringColumn("permissions").get(0)).isEqualTo("AlertRead");

        Result invited = line("user invite --email temp.person@example.com --given-name Temp --family-name Person --role triage-bot");
        String userId = invited.table().stringColumn("id").get(0);
        assertThat(invited.table().stringColumn("role.name").get(0)).isEqualTo("triage-bot");
        assertThat(line("user update " + userId + " --given-name Tempo").table().stringColumn("givenName").get(0))
                .isEqualTo("Tempo");
        assertThatThrownBy(() -> line("role delete triage-bot")).hasMessageContaining("is held by");
        line("user delete " + userId);
        assertThat(line("role delete triage-bot").footer()).anyMatch(f -> f.contains("deleted role triage-bot"));
        assertThat(line("roles").table().stringColumn("name").asList()).doesNotContain("triage-bot");
    }

    @Test
    void aLogTypeAccessKindThatIsNotOneOfPanthersIsRefusedNamingTheOptionBeforeTheRoleIsCreated() {
        assertThatThrownBy(() -> line("role create kind-bot --permissions AlertRead --log-type-access AWS.CloudTrail --log-type-access-kind alow"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--log-type-access-kind: 'alow' is not a log type access kind; did you mean ALLOW? "
                        + "(one of ALLOW, ALLOW_ALL, DENY, DENY_ALL)");
        assertThat(line("roles").table().stringColumn("name").asList()).doesNotContain("kind-bot");

        Result created = line("role create kind-bot --permissions AlertRead --log-type-access AWS.CloudTrail --log-type-access-kind deny");
        assertThat(created.table().stringColumn("logTypeAccessKind").get(0)).isEqualTo("DENY");
        line("role delete kind-bot");
    }

    @Test
    void aPermissionThatIsNotOneOfPanthersIsRefusedNamingTheOptionBeforeAnythingIsSentOrFetched() {
        assertThatThrownBy(() -> line("role create perm-bot --permissions AlertRead,AlertWrite"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("--permissions: 'AlertWrite' is not a permission");
        assertThat(line("roles").table().stringColumn("name").asList()).doesNotContain("perm-bot");
        assertThatThrownBy(() -> line("users --permission usermodfy"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("--permission: 'usermodfy' is not a permission; did you mean UserModify?");
        assertThatThrownBy(() -> line("roles --permission Admin")).hasMessageStartingWith("--permission: 'Admin' is not a permission");
        assertThat(line("roles --permission usermodify,,").footer()).anyMatch(f -> f.contains("roles that each holds UserModify"));
    }

    @Test
    void aMistypedPermissionSuggestsTheRightOne() {
        assertThatThrownBy(() -> line("role create x --permissions AlertReed"))
                .isInstanceOf(UsageException.class).hasMessageContaining("did you mean AlertRead?");
    }

    @Test
    void metricsAreLongTablesOfTimeSeriesAndValue() {
        Table perSeverity = line("metrics alerts-per-severity --since 7d --interval 1d").table();
        Table perRule = line("metrics alerts-per-rule --since 7d").table();
        Table perLogType = line("metrics events-per-log-type --since 2d --interval 6h").table();

        assertThat(perSeverity.columnNames()).containsExactly("time", "series", "value");
        assertThat(perSeverity.column("time").type()).isEqualTo(ColumnType.INSTANT);
        assertThat(perSeverity.stringColumn("series").unique().asList()).anyMatch(s -> s.contains("CRITICAL"));
        assertThat(perRule.columnNames()).contains("series", "value", "entityId");
        assertThat(perLogType.rowCount()).isPositive();
    }

    @Test
    void everyMetricPantherKeepsIsATableAndTotalsAreOneRowEach() {
        cell("sql", "SELECT count(*) FROM aws_cloudtrail"); // so that some bytes were queried
        for (Metric metric : Metric.values()) {
            Table metrics = line("metrics " + metric.word() + " --since 7d").table();
            assertThat(metrics.columnNames()).as(metric.word()).startsWith("time", "series", "value");
            assertThat(metrics.rowCount()).as(metric.word()).isPositive();
        }
        Table totals = line("metrics totals --since 30d").table();
        Table perSeverity = line("metrics alerts-per-severity --since 30d --interval 30d").table();

        assertThat(totals.stringColumn("series").asList()).containsExactlyInAnyOrder("totalAlerts", "totalBytesIngested",
                "totalBytesProcessed", "totalBytesQueried", "totalEventsProcessed");
        double alerts = totals.where(totals.stringColumn("series").isEqualTo("totalAlerts")).doubleColumn("value").get(0);
        assertThat(alerts).isPositive().isEqualTo(perSeverity.doubleColumn("value").sum());
        assertThatThrownBy(() -> line("metrics alerts-per-sevrity")).isInstanceOf(UsageException.class)
                .hasMessageContaining("did you mean alerts-per-severity").hasMessageContaining("totals");
    }

    @Test
    void schemaBrowsesOperationsTypesAndArguments() {
        assertThat(line("schema").table().stringColumn("field").asList()).contains("alerts", "executeDataLakeQuery");
        assertThat(line("schema Alert").table().stringColumn("field").asList()).contains("severity", "origin");
        assertThat(line("schema Severity").table().stringColumn("value").asList()).contains("CRITICAL");
        assertThat(line("schema Query.alerts").table().stringColumn("argument").asList()).contains("input");
        assertThatThrownBy(() -> line("schema Alrt")).hasMessageContaining("did you mean Alert?");
    }

    @Test
    void aGraphQLCellPagesItsConnectionAndFlattensNestedFields() {
        Result result = cell("graphql --var from=\"2026-01-01T00:00:00Z\"", """
                query Recent($from: DateTime!) {
                  alerts(input: {createdAtAfter: $from, createdAtBefore: "2100-01-01T00:00:00Z", pageSize: 20}) {
                    edges { node { id severity origin { ... on Detection { name } } } }
                  }
                }""");

        assertThat(result.pages()).isGreaterThan(1);
        assertThat(result.table().columnNames()).containsExactly("id", "severity", "origin.name");
        assertThat(result.table().stringColumn("id").isMissing().size()).isZero();
    }

    @Test
    void aGraphQLCellTakesJavaValuesInBraces() {
        host.variables.put("severities", List.of("CRITICAL"));
        Result result = cell("graphql", """
                { alerts(input: {createdAtAfter: "2000-01-01T00:00:00Z", createdAtBefore: "2100-01-01T00:00:00Z",
                                 severities: {severities}}) { edges { node { id severity } } } }""");

        assertThat(result.table().stringColumn("severity").unique().asList()).containsOnly("CRITICAL");
    }

    @Test
    void anInvalidOperationIsReportedWithLineColumnAndCaretBeforeAnythingIsSent() {
        long before = emulator.requestCount("alerts");

        assertThatThrownBy(() -> cell("graphql", "query {\n  alerts(input: {}) {\n    edges { node { nope } }\n  }\n}"))
                .isInstanceOfSatisfying(InvalidOperationException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(20);
                    assertThat(e.getMessage()).contains("line 3:20").contains("nope").contains("nothing was sent");
                    assertThat(e.details()).containsExactly("    edges { node { nope } }", " ".repeat(19) + "^");
                });
        assertThatThrownBy(() -> cell("graphql", "query { alerts(input: {) }"))
                .isInstanceOf(InvalidOperationException.class).hasMessageContaining("line 1:");
        assertThat(emulator.requestCount("alerts")).isEqualTo(before);
    }

    @Test
    void aGraphQLCellWithSeveralConnectionsSaysWhichItPaged() {
        Result result = cell("graphql --path dataLakeQueries", """
                { alerts(input: {createdAtAfter: "2000-01-01T00:00:00Z", createdAtBefore: "2100-01-01T00:00:00Z"}) { edges { node { id } } }
                  dataLakeQueries { edges { node { id sql } } } }""");

        assertThat(result.table().columnNames()).containsExactly("id", "sql");
        assertThat(result.footer()).anyMatch(f -> f.contains("rows from dataLakeQueries (also selected: alerts"));
    }

    @Test
    void aMissingPermissionNamesIt() {
        PantherMagics restricted = new PantherMagics(Sessions.withToken(new RecordingHost(),
                emulator.tokenFor(SharedEmulator.ANALYST)));

        assertThatThrownBy(() -> restricted.line(List.of("metrics", "alerts-per-severity")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("SummaryRead");
    }

    @Test
    void helpListsEveryCommand() {
        String help = panther.line(List.of("help")).toString();

        for (String command : List.of("connect", "version", "whoami", "alerts", "alert", "users", "roles", "user", "role",
                "metrics", "schema", "graphql")) {
            assertThat(help).contains("  " + command);
        }
    }

    @Test
    void aCommandThatBindsSaysSoBeforeItRunsSoThatTheHostCanGetReady() {
        line("alerts --since 30d --as triage");
        line("users");

        assertThat(host.announced).containsExactly("triage");
        assertThat(host.bound).containsKey("triage");
    }
}
