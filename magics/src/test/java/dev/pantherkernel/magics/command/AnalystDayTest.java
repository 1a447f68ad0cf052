package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.lakechart.LakeChartResult;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An analyst's day without stumbles: each test is a thing a new analyst did with the commands, and what they should
 * see, against the emulator over real HTTP.
 */
class AnalystDayTest {

    private final RecordingHost host = new RecordingHost();
    private final PantherMagics panther = new PantherMagics(Sessions.demoToken(host));

    private Object run(String words) {
        return panther.line(List.of(words.split(" ")));
    }

    private Result line(String words) {
        return (Result) run(words);
    }

    private Result cell(String words, String body) {
        return (Result) panther.cell(List.of(words.split(" ")), body);
    }

    @Test
    void alertsOfADeletedDetectionSayTheDetectionWasDeleted() {
        Table alerts = line("alerts --since 30d --all-columns").table();
        Table deleted = alerts.where(alerts.stringColumn("origin.__typename").isEqualTo("DeletedDetection"));

        assertThat(deleted.rowCount()).as("the demo has alerts of a deleted detection").isPositive();
        for (int i = 0; i < deleted.rowCount(); i++) {
            assertThat(deleted.stringColumn("origin.name").get(i))
                    .isEqualTo("(deleted detection " + deleted.stringColumn("origin.id").get(i) + ")");
        }
        Table usual = line("alerts --since 30d").table();
        assertThat(usual.stringColumn("origin.name").countMissing()).as("only system errors have no detection name")
                .isEqualTo(alerts.stringColumn("origin.__typename").isEqualTo("SystemError").size());
    }

    @Test
    void allColumnsShowTheDetectionTypeInOriginTypeAsTheApiGivesIt() {
        Table alerts = line("alerts --since 30d --all-columns").table();
        Table detections = alerts.where(alerts.stringColumn("origin.__typename").isEqualTo("Detection"));
        Table errors = alerts.where(alerts.stringColumn("origin.__typename").isEqualTo("SystemError"));

        assertThat(detections.rowCount()).isPositive();
        assertThat(detections.stringColumn("origin.type").countMissing()).isZero();
        assertThat(detections.stringColumn("origin.type").unique().asList()).contains("RULE");
        assertThat(errors.stringColumn("origin.type").countMissing()).as("a system error keeps its own type").isZero();
        assertThat(alerts.columnNames()).doesNotContain("origin.detectionType");
    }

    @Test
    void alertsPerRuleNamesADeletedDetectionAsTheAlertsDo() {
        Table alerts = line("alerts --since 30d --columns origin.name").table();
        List<String> deletedInAlerts = alerts.stringColumn("origin.name").unique().asList().stream()
                .filter(name -> name.startsWith("(deleted detection ")).toList();
        Table perRule = line("metrics alerts-per-rule --since 30d").table();

        assertThat(deletedInAlerts).isNotEmpty();
        assertThat(perRule.stringColumn("series").asList()).containsAll(deletedInAlerts);
        for (String name : deletedInAlerts) {
            String id = name.substring("(deleted detection ".length(), name.length() - 1);
            assertThat(perRule.stringColumn("series").asList()).as("the bare id is gone").doesNotContain(id);
        }
    }

    @Test
    void aChartOfAlertsByDetectionOrAssigneeAddsUpToEveryAlert() {
        Table alerts = line("alerts --since 30d").table();
        long unassigned = alerts.stringColumn("assignee.email").countMissing();

        String byDetection = js((Figure) run("chart --x origin.name --by status"));
        String byAssignee = js((Figure) run("chart --x assignee.email --by status"));

        assertThat(sumOfBars(byDetection)).isEqualTo(alerts.rowCount());
        assertThat(byDetection).contains("(deleted detection ").doesNotContain("(none)");
        assertThat(unassigned).isPositive();
        assertThat(sumOfBars(byAssignee)).isEqualTo(alerts.rowCount());
        assertThat(byAssignee).contains("\"(none)\"")
                .contains(unassigned + " alerts have no assignee.email: counted as (none)");
    }

    @Test
    void aChartWithoutATableDrawsTheLastResultAndSaysSo() {
        line("alerts --since 30d");

        String chart = js((Figure) run("chart --x severity"));

        assertThat(chart).contains("title: 'the last result (alerts): alerts by severity'").contains("title: 'alerts'");
    }

    @Test
    void aChartOfANameThatIsNoVariableOffersBothWaysToChartIt() {
        line("alerts --since 30d");

        assertThatThrownBy(() -> run("chart alerts --x severity")).isInstanceOf(UsageException.class)
                .hasMessageContaining("no Java variable 'alerts'").hasMessageContaining("--as alerts")
                .hasMessageContaining("%panther chart --x severity");
    }

    @Test
    void aDataLakeChartCountsRowsWithoutAValueAsNone() {
        Table errors = ((Result) panther.cell(List.of("sql"),
                "SELECT count(*) AS n, count(errorCode) AS coded FROM aws_cloudtrail")).table();
        long none = errors.longColumn("n").get(0) - errors.longColumn("coded").get(0);

        LakeChartResult chart = (LakeChartResult) run("chart --table aws_cloudtrail --x errorCode");

        assertThat(none).isPositive();
        assertThat(chart.rowsAggregated()).isEqualTo(errors.longColumn("n").get(0));
        assertThat(js(chart.figure())).contains("\"(none)\"");
        assertThat(chart.footer()).contains(String.format("%,d rows have no errorCode: counted as (none)", none));
    }

    @Test
    void onlyTheTopFiveSeriesWithTheOthersHidden() {
        LakeChartResult shown = (LakeChartResult) run("chart --table aws_cloudtrail --x p_event_time --bucket 1d "
                + "--by eventName --top 5");
        LakeChartResult hidden = (LakeChartResult) run("chart --table aws_cloudtrail --x p_event_time --bucket 1d "
                + "--by eventName --top 5 --others hide");

        assertThat(seriesNames(js(shown.figure()))).hasSize(6).contains("other");
        assertThat(seriesNames(js(hidden.figure()))).hasSize(5).doesNotContain("other")
                .containsExactlyInAnyOrderElementsOf(seriesNames(js(shown.figure())).stream()
                        .filter(name -> !name.equals("other")).toList());
        assertThat(hidden.footer()).anyMatch(f -> f.startsWith("only the top 5 series of eventName: the others")
                && f.endsWith("rows are not drawn (--others hide)"));
        assertThatThrownBy(() -> run("chart --table aws_cloudtrail --x eventName --others hide"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--top N");
    }

    @Test
    void aQueryWrittenOnTheMagicLineSaysToWriteItAsACell() {
        assertThatThrownBy(() -> run("sql SELECT count(*) FROM aws_cloudtrail")).isInstanceOf(UsageException.class)
                .hasMessage("`%panther sql` takes its SQL from the cell body, not from the line: write it as a cell, "
                        + "`%%panther sql` (and any options) on the first line and `SELECT ...` on the lines below");
        assertThatThrownBy(() -> run("graphql { users { email } }")).hasMessageContaining("takes its GraphQL operation")
                .hasMessageContaining("`%%panther graphql`").hasMessageContaining("`{ ...` on the lines below");
        assertThatThrownBy(() -> run("local --as x SELECT 1")).hasMessageContaining("`%%panther local`");
        assertThatThrownBy(() -> run("sql --limit 5 --databse panther_logs"))
                .as("a mistyped option is still named as one").hasMessageContaining("unknown option '--databse'");
    }

    @Test
    void helpForSqlShowsTheCellItIsWrittenIn() {
        String sql = run("help sql").toString();
        String graphql = run("help graphql").toString();

        assertThat(sql).contains("\nUsage: %%panther sql [").contains("\n  SQL (the cell body, on the lines below)\n");
        assertThat(graphql).contains("\nUsage: %%panther graphql [").contains("GraphQL operation (the cell body");
        assertThat(run("help rest").toString()).as("rest is also a line").contains("\nUsage: %panther rest");
    }

    @Test
    void whoCanManageUsersIsOneCommand() {
        Table roles = line("roles").table();
        Set<String> managingRoles = new HashSet<>();
        for (int i = 0; i < roles.rowCount(); i++) {
            if (List.of(roles.stringColumn("permissions").get(i).split(", ")).contains("UserModify")) {
                managingRoles.add(roles.stringColumn("name").get(i));
            }
        }
        Table everyone = line("users").table();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < everyone.rowCount(); i++) {
            if (managingRoles.contains(everyone.stringColumn("role.name").get(i))) {
                expected.add(everyone.stringColumn("email").get(i));
            }
        }

        Result managers = line("users --permission usermodify");

        assertThat(managingRoles).isNotEmpty().hasSizeLessThan(roles.rowCount());
        assertThat(expected).isNotEmpty().hasSizeLessThan(everyone.rowCount());
        assertThat(new HashSet<>(managers.table().stringColumn("email").asList())).isEqualTo(expected);
        assertThat(managers.footer()).contains("users whose role holds UserModify");
        assertThat(new HashSet<>(line("roles --permission UserModify").table().stringColumn("name").asList()))
                .isEqualTo(managingRoles);
        assertThatThrownBy(() -> run("users --permission UserModfy")).isInstanceOf(UsageException.class)
                .hasMessageContaining("did you mean UserModify?");
    }

    @Test
    void usersCarryTheirRolesPermissionsAsReadableWords() {
        Table users = line("users --columns email,role.name,role.permissions,lastLoggedInAt").table();
        Table roles = line("roles").table();

        for (int i = 0; i < users.rowCount(); i++) {
            String role = users.stringColumn("role.name").get(i);
            Table itsRole = roles.where(roles.stringColumn("name").isEqualTo(role));
            assertThat(users.stringColumn("role.permissions").get(i)).as(role)
                    .isEqualTo(itsRole.stringColumn("permissions").get(0)).doesNotContain("[", "\"");
        }
        assertThat(users.instantColumn("lastLoggedInAt").countMissing()).as("who never logged in").isPositive();
    }

    @Test
    void anIntrospectionCellIsATableOfWhatItLists() {
        Result types = cell("graphql", "{ __schema { types { name kind } } }");
        Result samePath = cell("graphql --path __schema.types", "{ __schema { types { name kind } } }");

        assertThat(types.table().columnNames()).containsExactly("name", "kind");
        assertThat(types.table().stringColumn("name").asList()).contains("Alert", "Query", "__Schema");
        assertThat(samePath.table().rowCount()).isEqualTo(types.table().rowCount());
        assertThat(types.footer()).contains("`%panther schema [Type[.field]]` shows the schema as tables");
    }

    @Test
    void anObjectWithListsInsideSaysWhichPathsMakeTables() {
        String alertType = "{ __type(name: \"Alert\") { name fields { name } } }";

        Result one = cell("graphql", alertType);
        Result fields = cell("graphql --path __type.fields", alertType);

        assertThat(one.table().rowCount()).isEqualTo(1);
        assertThat(one.footer()).contains("one row; lists in it, each a table of its own with --path: __type.fields");
        assertThat(fields.table().stringColumn("name").asList()).contains("severity", "origin");
        assertThatThrownBy(() -> cell("graphql --path __type.feilds", alertType))
                .hasMessageContaining("did you mean __type.fields?")
                .hasMessageEndingWith("the paths it selects rows at: __type (one object), __type.fields (a list)");
    }

    @Test
    void aMinuteIsAMinuteAndTheFooterSaysWhichWindowCameBackEmpty() {
        Result minute = line("alerts --since 1m");
        Result month = line("alerts --since 1mo");

        assertThat(minute.table().rowCount()).isZero();
        assertThat(minute.footer()).anyMatch(f -> f.matches("no alerts in the last 1 minute: \\d{4}-\\d\\d-\\d\\d "
                + "\\d\\d:\\d\\d to \\d\\d:\\d\\d UTC \\(m is minutes: a month is 1mo\\)"));
        assertThat(month.table().rowCount()).isPositive();
        assertThat(month.footer()).anyMatch(f -> f.startsWith("last 30 days: "));
    }

    @Test
    void everyWindowedCommandStatesItsWindow() {
        assertThat(line("metrics alerts-per-severity --since 1mo").footer())
                .anyMatch(f -> f.startsWith("last 30 days: ") && f.endsWith(", every 1 day"));
        assertThat(line("search 203.0.113.9 198.51.100.7 --since 1mo").footer()).anyMatch(f -> f.startsWith("last 30 days: "));
        assertThat(line("queries --since 1m").footer()).anyMatch(f -> f.startsWith("no queries in the last 1 minute: ")
                || f.startsWith("last 1 minute: "));
        assertThat(line("sources --quiet 2d").footer()).anyMatch(f -> f.contains(" sources, no event in the last 2 days: "));
        LakeChartResult chart = (LakeChartResult) run("chart --table aws_cloudtrail --x p_event_time --bucket 1d --since 1mo");
        assertThat(chart.footer()).anyMatch(f -> f.startsWith("last 30 days: "));
        assertThat(chart.sql()).contains("p_occurs_since('30 days')");
    }

    @Test
    void aSearchForTwoValuesSaysWhichMatchedEachRow() {
        Table both = line("search 203.0.113.9 svc-backup-admin --since 30d").table();
        int ipAlone = line("search 203.0.113.9 --since 30d").table().rowCount();
        int userAlone = line("search svc-backup-admin --since 30d").table().rowCount();

        assertThat(both.columnNames().get(0)).isEqualTo("matched");
        assertThat(both.stringColumn("matched").countMissing()).isZero();
        assertThat(both.stringColumn("matched").containsString("203.0.113.9").size()).isEqualTo(ipAlone).isPositive();
        assertThat(both.stringColumn("matched").containsString("svc-backup-admin").size()).isEqualTo(userAlone).isPositive();
        assertThat(both.rowCount()).isLessThan(ipAlone + userAlone + 1);
        assertThat(line("search 203.0.113.9 --since 30d --columns p_table,matched").table().columnNames())
                .containsExactly("p_table", "matched");
    }

    private static String js(Figure figure) {
        return figure.asJavascript("chart");
    }

    /** The names of a figure's traces, in order. */
    private static List<String> seriesNames(String js) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("name: '([^']*)'").matcher(js);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The sum of every bar's height. */
    private static long sumOfBars(String js) {
        double sum = 0;
        Matcher m = Pattern.compile("y: \\[([^\\]]*)\\]").matcher(js);
        while (m.find()) {
            for (String v : m.group(1).split(",")) {
                sum += v.isBlank() ? 0 : Double.parseDouble(v.strip());
            }
        }
        return Math.round(sum);
    }
}
