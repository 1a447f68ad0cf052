package dev.pantherkernel.magics.realistic;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.sql.PreparedSql;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.plotly.components.Figure;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Database names as Panther has them ({@code panther_logs.public}) and result column names as Snowflake returns
 * them ({@code EVENTTYPE}), over real HTTP against an emulator that answers that way: every option, {@code {x!ident}}
 * and the time-filter check take either form and any case, and the footer keeps Panther's names (completion: assist's
 * {@code SqlAssistOnPanthersNamesTest}).
 */
class DataLakeNamesTest {

    private final RecordingHost host = new RecordingHost();
    private final PantherSession session = SharedEmulator.session(SharedEmulator.realistic(), host);
    private final PantherMagics magics = new PantherMagics(session);

    private Result line(String... words) {
        return (Result) magics.line(List.of(words));
    }

    @Test
    void tablesTakesTheDatabaseInEitherFormAndAnyCaseAndShowsPanthersName() {
        for (String name : List.of("panther_logs", "panther_logs.public", "PANTHER_LOGS.PUBLIC")) {
            Result tables = line("tables", name);

            assertThat(tables.table().stringColumn("name").asList()).as(name).contains("okta_systemlog", "aws_cloudtrail");
            assertThat(tables.footer()).as(name).contains("panther_logs.public");
        }
        assertThat(line("tables").footer()).contains("panther_logs.public");
        assertThat(line("tables", "panther_rule_matches").footer()).contains("panther_rule_matches.public");
        assertThatThrownBy(() -> line("tables", "panther_lgos"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("there are: panther_logs.public, panther_rule_matches.public");
    }

    @Test
    void columnsTakesATableQualifiedEitherWayOrADatabaseOption() {
        for (List<String> words : List.of(List.of("columns", "panther_logs.public.okta_systemlog"),
                List.of("columns", "okta_systemlog", "--database", "panther_logs.public"),
                List.of("columns", "OKTA_SYSTEMLOG", "--database", "panther_logs"))) {
            Result columns = (Result) magics.line(words);

            assertThat(columns.table().stringColumn("name").asList()).as("%s", words).contains("p_event_time", "actor");
            assertThat(columns.footer()).as("%s", words).contains("panther_logs.public.okta_systemlog");
        }
    }

    @Test
    void sqlRunsInEitherDatabaseNameAndKeepsSnowflakesUpperCaseColumnNamesTyped() {
        for (String database : List.of("panther_logs.public", "panther_logs", "PANTHER_RULE_MATCHES.PUBLIC")) {
            Result result = (Result) magics.cell(List.of("sql", "--database", database),
                    "SELECT p_event_time, eventType, count(*) OVER () AS total FROM okta_systemlog "
                            + "WHERE p_occurs_since('30 days') LIMIT 5");

            assertThat(result.table().columnNames()).as(database).containsExactly("P_EVENT_TIME", "EVENTTYPE", "TOTAL");
            assertThat(result.table().column("p_event_time")).isInstanceOf(InstantColumn.class);
            assertThat(result.table().column("total")).isInstanceOf(LongColumn.class);
        }
    }

    @Test
    void columnsAndChartsNameResultColumnsInAnyCase() {
        Result result = (Result) magics.cell(List.of("sql", "--columns", "eventType,p_event_time", "--as", "events"),
                "SELECT p_event_time, eventType, actor FROM okta_systemlog WHERE p_occurs_since('30 days')");
        host.variables.put("events", result);

        Object chart = magics.line(List.of("chart", "events", "--x", "p_event_time", "--by", "eventtype", "--bucket", "1d"));

        assertThat(result.table().columnNames()).containsExactly("EVENTTYPE", "P_EVENT_TIME");
        assertThat(result.table().stringColumn("eventType").size()).isPositive();
        assertThat(chart).isInstanceOf(Figure.class);
        assertThatThrownBy(() -> magics.line(List.of("chart", "events", "--x", "evnttype")))
                .hasMessageContaining("did you mean EVENTTYPE?");
    }

    @Test
    void identTakesDatabaseNamesInEitherFormAndColumnsInAnyCase() {
        host.variables.put("db", "panther_logs.public");
        host.variables.put("short", "panther_logs");
        host.variables.put("col", "P_EVENT_TIME");
        host.variables.put("tbl", "PANTHER_LOGS.PUBLIC.OKTA_SYSTEMLOG");

        PreparedSql sql = (PreparedSql) magics.cell(List.of("sql", "--dry-run"),
                "SELECT {col!ident} FROM {tbl!ident} WHERE {col!ident} > '2020-01-01'");
        PreparedSql qualified = (PreparedSql) magics.cell(List.of("sql", "--dry-run"),
                "SELECT * FROM {db!ident}.okta_systemlog UNION ALL SELECT * FROM {short!ident}.public.okta_systemlog");

        assertThat(sql.sql()).isEqualTo(
                "SELECT P_EVENT_TIME FROM PANTHER_LOGS.PUBLIC.OKTA_SYSTEMLOG WHERE P_EVENT_TIME > '2020-01-01'");
        assertThat(qualified.toString()).isEqualTo("SELECT * FROM panther_logs.public.okta_systemlog UNION ALL "
                + "SELECT * FROM panther_logs.public.okta_systemlog");
    }

    @Test
    void theTimeFilterCheckReadsNamesInAnyCase() {
        PreparedSql filtered = (PreparedSql) magics.cell(List.of("sql", "--dry-run"),
                "SELECT * FROM PANTHER_LOGS.PUBLIC.OKTA_SYSTEMLOG WHERE P_OCCURS_SINCE('1 day')");
        PreparedSql unfiltered = (PreparedSql) magics.cell(List.of("sql", "--dry-run", "--database", "PANTHER_LOGS.PUBLIC"),
                "SELECT * FROM OKTA_SYSTEMLOG");

        assertThat(filtered.warnings()).isEmpty();
        assertThat(unfiltered.warnings()).singleElement().asString()
                .startsWith("no time filter on panther_logs.public.okta_systemlog");
    }

    @Test
    void anIndicatorSearchTakesTheDatabaseInEitherForm() {
        Result found = line("search", "203.0.113.9", "--since", "30d", "--databases", "panther_logs.public");

        assertThat(found.table().rowCount()).isPositive();
        assertThat(((StringColumn) found.table().column("p_table")).unique().asList())
                .allMatch(t -> t.startsWith("panther_logs.public."));
    }
}
