package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.datalake.job.DataLakeJob;
import dev.pantherkernel.magics.datalake.job.JobOptions;
import dev.pantherkernel.magics.datalake.result.DataLakeQueryException;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQL queries through the whole engine against the emulator over real HTTP: submit, poll, page, type. */
class DataLakeQueryTest {

    private static Connection connection;
    private final RecordingHost host = new RecordingHost();

    @BeforeAll
    static void connect() {
        connection = Sessions.demoToken(new RecordingHost()).connection();
    }

    private DataLakeQuery query(String sql) {
        return DataLakeQuery.sql(connection, sql).host(host);
    }

    @Test
    void everyPageIsFetchedWithTheExactRowCountInOrder() {
        Result result = query("SELECT SEQ4() AS n, 'row ' || SEQ4() AS label FROM TABLE(GENERATOR(ROWCOUNT => 25000)) ORDER BY n").fetch();

        Table table = result.table();
        assertThat(table.rowCount()).isEqualTo(25_000);
        assertThat(result.pages()).isEqualTo(26);
        assertThat(((LongColumn) table.column("n")).asLongArray()).containsExactly(LongStream.range(0, 25_000).toArray());
        assertThat(table.stringColumn("label").get(24_999)).isEqualTo("row 24999");
        assertThat(result.partial()).isFalse();
        assertThat(result.truncated()).isFalse();
        assertThat(String.join(" · ", result.footer())).containsPattern("query [0-9a-f-]{36}")
                .contains("25,000 rows").contains("26 pages").contains("scanned").contains("executed in");
        assertThat(host.progress).anyMatch(line -> line.matches("query .*: page 26, 25,000 rows"));
    }

    @Test
    void eachColumnIsTypedFromColumnInfo() {
        Table table = query("""
                SELECT TIMESTAMP '2024-05-01 13:45:00.250' AS at, 42::BIGINT AS whole, 1.5::DOUBLE AS ratio,
                       12.25::DECIMAL(10,2) AS price, true AS flag, 'text' AS name, {'k': 1} AS obj,
                       [1, 2] AS list, DATE '2024-05-01' AS day, NULL::BIGINT AS nothing
                """).fetch().table();

        assertThat(table.column("at")).isInstanceOf(InstantColumn.class);
        assertThat(((InstantColumn) table.column("at")).get(0)).isEqualTo(Instant.parse("2024-05-01T13:45:00.250Z"));
        assertThat(table.column("whole")).isInstanceOf(LongColumn.class);
        assertThat(table.column("ratio")).isInstanceOf(DoubleColumn.class);
        assertThat(table.column("price")).isInstanceOf(DoubleColumn.class);
        assertThat(((DoubleColumn) table.column("price")).get(0)).isEqualTo(12.25);
        assertThat(table.column("flag")).isInstanceOf(BooleanColumn.class);
        assertThat(table.column("name")).isInstanceOf(StringColumn.class);
        assertThat(table.stringColumn("obj").get(0)).isEqualTo("{\"k\":1}");
        assertThat(table.stringColumn("list").get(0)).isEqualTo("[1,2]");
        assertThat(table.column("day")).isInstanceOf(DateColumn.class);
        assertThat(table.dateColumn("day").get(0)).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(table.column("nothing").isMissing(0)).isTrue();
    }

    @Test
    void logTableColumnsKeepTheirTypesAndOrder() {
        Table table = query("SELECT p_event_time, p_row_id, p_any_ip_addresses FROM okta_systemlog "
                + "WHERE p_occurs_since('30 days') ORDER BY p_event_time LIMIT 10").fetch().table();

        assertThat(table.columnNames()).containsExactly("p_event_time", "p_row_id", "p_any_ip_addresses");
        assertThat(table.column(0)).isInstanceOf(InstantColumn.class);
        assertThat(table.stringColumn("p_any_ip_addresses").get(0)).startsWith("[");
        assertThat(host.warnings).isEmpty();
    }

    @Test
    void snowflakePathsAndSemiStructuredColumnsBecomeTextAndCastsTypedColumns() {
        Table table = query("SELECT actor:alternateId AS who, actor:alternateId::string AS email, actor, target, "
                + "p_event_time::date AS day, securityContext:asNumber::number AS asn FROM okta_systemlog "
                + "WHERE p_occurs_since('30 days') AND eventType = 'user.account.privilege.grant' LIMIT 1").fetch().table();

        assertThat(table.column("who")).isInstanceOf(StringColumn.class);
        assertThat(table.stringColumn("who").get(0)).endsWith("@example.com").doesNotStartWith("\"");
        assertThat(table.stringColumn("email").get(0)).isEqualTo(table.stringColumn("who").get(0));
        assertThat(table.stringColumn("actor").get(0)).startsWith("{").contains("\"alternateId\"");
        assertThat(table.stringColumn("target").get(0)).startsWith("[{");
        assertThat(table.column("asn")).isInstanceOf(LongColumn.class);
        assertThat(host.warnings).isEmpty();
    }

    @Test
    void aFailedQueryNamesTheQueryAndPanthersMessage() {
        assertThatThrownBy(() -> query("SELECT no_such_column FROM aws_vpcflow WHERE p_occurs_since('1 day')").fetch())
                .isInstanceOfSatisfying(DataLakeQueryException.class, e -> {
                    assertThat(e.queryId()).isNotBlank();
                    assertThat(e.getMessage()).startsWith("query " + e.queryId() + " failed at line 1:8: ")
                            .endsWith("invalid identifier 'NO_SUCH_COLUMN'");
                    assertThat(e.details()).containsExactly("SELECT no_such_column FROM aws_vpcflow WHERE p_occurs_since('1 day')",
                            "       ^");
                });
    }

    @Test
    void anInterruptWhilePagingKeepsTheRowsFetchedSoFar() {
        NotebookHost interrupting = ProgressWatchingHost.interrupting(host, line -> line.contains(": page 3,"));

        Result result = DataLakeQuery.sql(connection, "SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 20000)) ORDER BY n").host(interrupting).fetch();

        assertThat(Thread.interrupted()).isTrue();
        assertThat(result.partial()).isTrue();
        assertThat(result.table().rowCount()).isEqualTo(3 * 999);
        assertThat(((LongColumn) result.table().column("n")).asLongArray()).containsExactly(LongStream.range(0, 2997).toArray());
        assertThat(result.warnings()).singleElement().asString().contains("interrupted after page 3").contains("2,997 rows");
    }

    @Test
    void limitAppendsALimitClauseWhenTheSqlHasNone() {
        DataLakeQuery limited = query("SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 5000));").limit(10);

        assertThat(limited.prepare().sql()).isEqualTo("SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 5000))\nLIMIT 10");
        Result result = limited.fetch();
        assertThat(result.table().rowCount()).isEqualTo(10);
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void limitBelowTheSqlsOwnLimitStopsPagingAndSaysSo() {
        Result result = query("SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 5000)) ORDER BY n LIMIT 3000").limit(1500).fetch();

        assertThat(result.table().rowCount()).isEqualTo(1500);
        assertThat(result.pages()).isEqualTo(2);
        assertThat(result.truncated()).isTrue();
        assertThat(result.warnings()).singleElement().asString().contains("stopped at --limit 1,500 rows");
    }

    @Test
    void aSubstitutedStringWithQuotesSemicolonsNewlinesAndUnicodeRoundTripsExactly() {
        String tricky = "it's; DROP TABLE x; --\nline two \\' \\ \"quoted\" ünïcødé 🐾 {x} $$";

        Table table = query("SELECT {value} AS v, {n} AS n, {flag} AS flag, {at} AS at").bind("value", tricky)
                .bind("n", 12345678901L).bind("flag", true)
                .bind("at", ZonedDateTime.of(2024, 5, 1, 15, 45, 0, 0, ZoneId.of("Europe/Paris")))
                .fetch().table();

        assertThat(table.stringColumn("v").get(0)).isEqualTo(tricky);
        assertThat(((LongColumn) table.column("n")).get(0)).isEqualTo(12345678901L);
        assertThat(table.booleanColumn("flag").get(0)).isTrue();
        assertThat(((InstantColumn) table.column("at")).get(0)).isEqualTo(Instant.parse("2024-05-01T13:45:00Z"));
    }

    @Test
    void aCollectionBecomesAnInList() {
        Table table = query("SELECT n FROM (SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 10))) WHERE n IN {wanted} ORDER BY n")
                .bind("wanted", List.of(2, 3, 7)).fetch().table();

        assertThat(((LongColumn) table.column("n")).asLongArray()).containsExactly(2, 3, 7);
    }

    @Test
    void aLogTableWithoutATimeFilterRunsWithAWarning() {
        Result result = query("SELECT count(*) AS n FROM okta_systemlog").fetch();

        assertThat(result.table().rowCount()).isEqualTo(1);
        assertThat(host.warnings).singleElement().asString()
                .contains("no time filter on panther_logs.public.okta_systemlog").contains("p_occurs_since('1 day')");
    }

    @Test
    void anIdentPlaceholderTakesOnlyNamesTheCatalogKnows() {
        Table table = query("SELECT count(*) AS n FROM {t!ident} WHERE p_occurs_since('30 days')")
                .bind("t", "aws_vpcflow").fetch().table();
        assertThat(table.rowCount()).isEqualTo(1);

        assertThatThrownBy(() -> query("SELECT * FROM {t!ident}").bind("t", "aws_vpcflow; DROP TABLE x").prepare())
                .hasMessageContaining("is not a plain SQL name");
        assertThatThrownBy(() -> query("SELECT * FROM {t!ident}").bind("t", "aws_vpcflw").prepare())
                .hasMessageContaining("'aws_vpcflw' is not a database, table or column")
                .hasMessageContaining("did you mean aws_vpcflow?");
    }

    @Test
    void attachFromASecondConnectionFetchesTheSameRows() {
        DataLakeJob first = new DataLakeJob(connection, host, JobOptions.defaults());
        Result original = first.sql("SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => 1500)) ORDER BY n", null);
        String id = original.footer().stream().filter(s -> s.startsWith("query ")).findFirst().orElseThrow().substring(6);

        Connection second = Sessions.demoToken(new RecordingHost()).connection();
        Result attached = new DataLakeJob(second, new RecordingHost(), JobOptions.defaults()).attach(id);

        assertThat(attached.table().rowCount()).isEqualTo(1500);
        assertThat(((LongColumn) attached.table().column("n")).asLongArray())
                .containsExactly(((LongColumn) original.table().column("n")).asLongArray());
    }

    @Test
    void theFooterShowsWhatPantherReportedAboutTheQuery() {
        Result result = query("SELECT 1 AS one").timeout(Duration.ofMinutes(1)).fetch();

        assertThat(result.operation()).isEqualTo("sql");
        assertThat(result.footer()).contains("1 row", "1 page");
        assertThat(result.footer()).anyMatch(s -> s.matches("\\d+ B scanned"));
    }
}
