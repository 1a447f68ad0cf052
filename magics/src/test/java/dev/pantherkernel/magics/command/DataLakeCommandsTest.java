package dev.pantherkernel.magics.command;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.datalake.sql.PreparedSql;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data lake commands as a notebook runs them, against the emulator over real HTTP. */
class DataLakeCommandsTest {

    private final PantherEmulator emulator = SharedEmulator.get();
    private final RecordingHost host = new RecordingHost();
    private final PantherSession session = Sessions.demoToken(host);
    private final PantherMagics magics = new PantherMagics(session);

    @Test
    void aSqlCellReturnsItsRowsAndBindsThemWithAs() {
        host.variables.put("ip", "203.0.113.9");

        Result result = (Result) magics.cell(List.of("sql", "--as", "spray"), """
                SELECT p_event_time, client:ipAddress::string AS ip, outcome:result::string AS outcome
                FROM okta_systemlog
                WHERE p_occurs_since('30 days') AND client:ipAddress = {ip}
                ORDER BY p_event_time""");

        assertThat(result.table().rowCount()).isPositive();
        assertThat(result.table().stringColumn("ip").unique().asList()).containsExactly("203.0.113.9");
        assertThat(host.bound.get("spray")).isSameAs(result.table());
        assertThat(session.last()).containsSame(result);
    }

    @Test
    void dryRunShowsTheFinalSqlAndTheWarningsWithoutRunningIt() {
        host.variables.put("user", "o'brien");
        long before = emulator.requestCount("executeDataLakeQuery");

        Object shown = magics.cell(List.of("sql", "--dry-run", "--limit", "50"),
                "SELECT * FROM okta_systemlog WHERE actor:alternateId = {user};");

        assertThat(shown).isInstanceOf(PreparedSql.class);
        assertThat(shown.toString()).isEqualTo("SELECT * FROM okta_systemlog WHERE actor:alternateId = 'o''brien'\nLIMIT 50");
        assertThat(host.warnings).singleElement().asString().startsWith("no time filter on panther_logs.public.okta_systemlog");
        assertThat(emulator.requestCount("executeDataLakeQuery")).isEqualTo(before);
    }

    @Test
    void aPartitionsValueThatIsNeitherAutoNorACountIsRefusedNamingTheOptionBeforeAnythingIsSent() {
        long before = emulator.requestCount("executeDataLakeQuery");
        for (String bad : List.of("many", "0", "65", "-2", "")) {
            assertThatThrownBy(() -> magics.cell(List.of("sql", "--partitions", bad), "SELECT 1"))
                    .isInstanceOf(UsageException.class)
                    .hasMessage("--partitions " + bad + ": write a number of partitions from 1 to 64, or auto (see `%panther help sql`)");
        }
        assertThat(emulator.requestCount("executeDataLakeQuery")).isEqualTo(before);
        assertThat(magics.cell(List.of("sql", "--partitions", "AUTO", "--dry-run"), "SELECT 1")).isNotNull();
        PreparedSql most = (PreparedSql) magics.cell(List.of("sql", "--partitions", "64", "--dry-run"),
                "SELECT p_row_id FROM panther_logs.public.aws_cloudtrail WHERE p_occurs_since('1 day') ORDER BY p_event_time");
        assertThat(most.partitions()).hasSize(64);
    }

    @Test
    void aSqlCellWithoutSqlOrWithABadTimeoutIsAUsageError() {
        assertThatThrownBy(() -> magics.cell(List.of("sql"), "  \n"))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs the SQL in the cell body");
        assertThatThrownBy(() -> magics.cell(List.of("sql", "--timeout", "soon"), "SELECT 1"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--timeout soon: write a duration like 30m");
    }

    @Test
    void queriesListsTheHistoryWithWhatEachQueryWas() {
        String marker = "marker-" + UUID.randomUUID();
        magics.cell(List.of("sql"), "SELECT '" + marker + "' AS m");

        Result history = (Result) magics.line(List.of("queries", "--contains", marker));

        Table table = history.table();
        assertThat(table.rowCount()).isEqualTo(1);
        assertThat(table.stringColumn("status").get(0)).isEqualTo("succeeded");
        assertThat(table.stringColumn("sql").get(0)).contains(marker);
        assertThat(table.columnNames()).contains("id", "startedAt", "completedAt", "message");
    }

    @Test
    void searchFindsAnIndicatorAcrossLogTablesAndNamesEachRowsTable() {
        Result result = (Result) magics.line(List.of("search", "203.0.113.9", "--since", "30d", "--as", "hits"));

        Table table = result.table();
        assertThat(table.rowCount()).isPositive();
        assertThat(table.stringColumn("p_table").unique().asList())
                .contains("panther_logs.public.okta_systemlog", "panther_logs.public.aws_vpcflow");
        assertThat(result.operation()).isEqualTo("search");
        assertThat(host.bound).containsKey("hits");
    }

    @Test
    void searchNarrowsToOneKindAndSomeTables() {
        Result result = (Result) magics.line(List.of("search", "203.0.113.9", "--since", "30d", "--kind",
                "p_any_ip_addresses", "--tables", "aws_vpcflow"));

        assertThat(result.table().stringColumn("p_table").unique().asList()).containsExactly("panther_logs.public.aws_vpcflow");
    }

    @Test
    void aMistypedIndicatorKindGetsADidYouMean() {
        assertThatThrownBy(() -> magics.line(List.of("search", "x", "--kind", "p_any_ip_adresses")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("did you mean p_any_ip_addresses");
    }

    @Test
    void tablesListsTheDatabasesTablesAndKeepsThemForTheConnection() {
        Result tables = (Result) magics.line(List.of("tables"));
        long before = emulator.requestCount("dataLakeDatabaseTables");
        magics.line(List.of("tables"));

        assertThat(tables.table().stringColumn("name").asList()).contains("aws_cloudtrail", "aws_vpcflow", "okta_systemlog");
        assertThat(emulator.requestCount("dataLakeDatabaseTables")).isEqualTo(before);
        assertThat(DataLakeCatalog.of(session.connection()).cachedTables("panther_logs")).isPresent();
    }

    @Test
    void anUnknownDatabaseGetsADidYouMean() {
        assertThatThrownBy(() -> magics.line(List.of("tables", "panther_log")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("no database 'panther_log'; did you mean panther_logs?");
    }

    @Test
    void columnsShowsATablesColumnsWithTheirTypes() {
        Table columns = ((Result) magics.line(List.of("columns", "panther_logs.public.aws_cloudtrail"))).table();

        int at = columns.stringColumn("name").indexOf("p_event_time");
        assertThat(columns.stringColumn("type").get(at)).isEqualTo("TIMESTAMP_NTZ");
        assertThat(columns.stringColumn("name").asList()).contains("p_any_ip_addresses", "eventName");
    }

    @Test
    void anUnknownTableGetsADidYouMean() {
        assertThatThrownBy(() -> magics.line(List.of("columns", "okta_systemlgo")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("no table 'okta_systemlgo' in panther_logs; did you mean okta_systemlog?");
    }

    @Test
    void helpDescribesTheDataLakeCommandsAndTheirOptions() {
        assertThat(magics.line(List.of("help")).toString()).contains("sql", "attach", "queries", "cancel", "search",
                "tables", "columns");
        assertThat(magics.line(List.of("help", "sql")).toString()).contains("--dry-run", "--timeout", "--database",
                "--limit", "--as", "{name!ident}");
    }
}
