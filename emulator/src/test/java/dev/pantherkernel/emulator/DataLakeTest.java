package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DataLakeTest {
    private PantherEmulator emulator;
    private ApiClient api;
    private DataLakeClient lake;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.05).build());
        api = new ApiClient(emulator.url(), emulator.token());
        lake = new DataLakeClient(api);
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void theCatalogListsLogTablesWithStandardFieldsAndSnowflakeTypes() {
        JsonNode databases = api.data("{ dataLakeDatabases { name tables { name logType columns { name type } } } }")
                .path("dataLakeDatabases");
        assertThat(databases.findValuesAsText("name")).contains("panther_logs.public", "panther_rule_matches.public");
        JsonNode okta = api.data("{ dataLakeDatabaseTable(input: {databaseName: \"panther_logs\", tableName: \"okta_systemlog\"}) "
                + "{ name logType description columns { name type description } } }").path("dataLakeDatabaseTable");
        assertThat(okta.path("logType").asText()).isEqualTo("Okta.SystemLog");
        List<String> columns = okta.path("columns").findValuesAsText("name");
        assertThat(columns).contains("p_event_time", "p_parse_time", "p_log_type", "p_row_id", "p_source_id", "p_source_label",
                "p_any_ip_addresses", "p_any_usernames", "p_any_emails", "p_any_aws_account_ids", "p_any_domain_names",
                "actor", "client", "outcome");
        assertThat(typeOf(okta, "p_event_time")).isEqualTo("TIMESTAMP_NTZ");
        assertThat(typeOf(okta, "p_any_ip_addresses")).isEqualTo("ARRAY");
        assertThat(typeOf(okta, "actor")).isEqualTo("OBJECT");
        assertThat(typeOf(okta, "eventType")).isEqualTo("VARCHAR");
        assertThat(api.query("{ dataLakeDatabase(name: \"nope\") { name } }").firstError()).endsWith("not found");
    }

    @Test
    void tablesPageWithCursors() {
        Set<String> names = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.data("query($c: String) { dataLakeDatabaseTables(input: {databaseName: \"panther_logs\", pageSize: 2, "
                    + "cursor: $c}) { edges { node { name } } pageInfo { hasNextPage endCursor } } }", "c", cursor)
                    .path("dataLakeDatabaseTables");
            page.path("edges").forEach(e -> assertThat(names.add(e.path("node").path("name").asText())).isTrue());
            cursor = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asText() : null;
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(names).containsExactlyInAnyOrder("aws_cloudtrail", "okta_systemlog", "aws_vpcflow", "crowdstrike_fdrevent",
                "crowdstrike_aidmaster");
    }

    @Test
    void resultsPageWithoutGapsOrDuplicatesAndTotalEqualsRowCount() {
        String id = lake.execute("SELECT p_row_id, p_event_time, eventName FROM aws_cloudtrail ORDER BY p_event_time", null);
        JsonNode done = lake.await(id);
        assertThat(done.path("status").asText()).isEqualTo("succeeded");
        assertThat(done.path("completedAt").asText()).isNotEmpty();
        JsonNode first = lake.page(id, null, 999);
        long rowCount = first.path("stats").path("rowCount").asLong();
        assertThat(first.path("edges").size()).isEqualTo(999);
        List<JsonNode> rows = lake.rows(id, 700);
        assertThat(rows).hasSize((int) rowCount);
        assertThat(rows.stream().map(r -> r.path("p_row_id").asText()).distinct().count()).isEqualTo(rowCount);
        assertThat(rowCount).isEqualTo(lake.count("SELECT count(*) FROM aws_cloudtrail"));
        assertThat(rows.stream().map(r -> r.path("p_event_time").asText()).toList()).isSorted();
        assertThat(AlertsTest.list(first.path("columnInfo").path("order"))).extracting(JsonNode::asText)
                .containsExactly("p_row_id", "p_event_time", "eventName");
        assertThat(first.path("columnInfo").path("types").path("p_event_time").asText()).isEqualTo("TIMESTAMP_NTZ");
        assertThat(first.path("stats").path("bytesScanned").asDouble()).isPositive();
        assertThat(api.query("query($id: ID!) { dataLakeQuery(id: $id) { results(input: {pageSize: 1000}) { edges { node } } } }",
                "id", id).firstError()).contains("999");
    }

    @Test
    void anotherConnectionCanPageTheResultsById() {
        String id = lake.execute("SELECT p_row_id FROM okta_systemlog ORDER BY p_row_id LIMIT 50", null);
        lake.await(id);
        List<JsonNode> here = lake.rows(id, 20);
        List<JsonNode> there = new DataLakeClient(new ApiClient(emulator.url(), emulator.token())).rows(id, 999);
        assertThat(there).isEqualTo(here).hasSize(50);
    }

    @Test
    void pOccursMacrosFilterOnTheEventTime() {
        Instant now = Instant.now();
        long sinceDay = lake.count("SELECT count(*) FROM okta_systemlog WHERE p_occurs_since('1 day')");
        long direct = lake.count("SELECT count(*) FROM okta_systemlog WHERE p_event_time >= DATEADD(day, -1, CURRENT_TIMESTAMP())");
        assertThat(sinceDay).isEqualTo(direct).isPositive();
        assertThat(lake.count("SELECT count(*) FROM okta_systemlog WHERE p_occurs_since(86400)")).isEqualTo(direct);
        long week = lake.count("SELECT count(*) FROM okta_systemlog o WHERE p_occurs_since('7 days', o)");
        assertThat(week).isGreaterThan(sinceDay);
        String start = now.minus(3, ChronoUnit.DAYS).toString();
        String end = now.minus(1, ChronoUnit.DAYS).toString();
        long between = lake.count("SELECT count(*) FROM aws_vpcflow WHERE p_occurs_between('" + start + "', '" + end + "')");
        long afterStart = lake.count("SELECT count(*) FROM aws_vpcflow WHERE p_occurs_after('" + start + "')");
        long afterEnd = lake.count("SELECT count(*) FROM aws_vpcflow WHERE p_occurs_after('" + end + "')");
        assertThat(between).isPositive().isLessThanOrEqualTo(afterStart - afterEnd + 1);
        long before = lake.count("SELECT count(*) FROM aws_vpcflow WHERE p_occurs_before('" + start + "')");
        assertThat(before + afterStart).isGreaterThanOrEqualTo(lake.count("SELECT count(*) FROM aws_vpcflow"));
        long around = lake.count("SELECT count(*) FROM aws_vpcflow WHERE p_occurs_around('" + end + "', '1 day')");
        assertThat(around).isEqualTo(lake.count("SELECT count(*) FROM aws_vpcflow WHERE p_occurs_between('"
                + now.minus(2, ChronoUnit.DAYS) + "', '" + now + "')"));
        assertThat(lake.count("SELECT count(*) FROM aws_cloudtrail c JOIN okta_systemlog o ON c.sourceIPAddress = o.client:ipAddress "
                + "WHERE p_occurs_since('7 days', c) AND p_occurs_since('7 days', 'o', 'published')")).isPositive();
    }

    @Test
    void aMacroCalledWronglyFailsWithAMessage() {
        JsonNode done = lake.await(lake.execute("SELECT * FROM okta_systemlog WHERE p_occurs_between('2024-01-01')", null));
        assertThat(done.path("status").asText()).isEqualTo("failed");
        assertThat(done.path("message").asText()).contains("p_occurs_between takes 2");
    }

    @Test
    void tableNamesResolveFullyQualifiedBySchemaOrAlone() {
        long plain = lake.count("SELECT count(*) FROM aws_vpcflow");
        assertThat(lake.count("SELECT count(*) FROM public.aws_vpcflow")).isEqualTo(plain);
        assertThat(lake.count("SELECT count(*) FROM panther_logs.public.aws_vpcflow")).isEqualTo(plain);
        String id = lake.execute("SELECT count(*) AS n FROM aws_cloudtrail", "panther_rule_matches");
        lake.await(id);
        long matches = lake.page(id, null, 999).path("edges").path(0).path("node").path("n").asLong();
        assertThat(matches).isPositive().isLessThan(lake.count("SELECT count(*) FROM aws_cloudtrail"));
    }

    @Test
    void onlyReadStatementsRun() {
        for (String sql : List.of("DELETE FROM aws_vpcflow", "SELECT 1; DROP TABLE aws_vpcflow", "CREATE TABLE x AS SELECT 1",
                "ATTACH ':memory:' AS other", "COPY aws_vpcflow TO 'x.csv'")) {
            JsonNode done = lake.await(lake.execute(sql, null));
            assertThat(done.path("status").asText()).as(sql).isEqualTo("failed");
            assertThat(done.path("message").asText()).as(sql).contains("read");
        }
        assertThat(lake.count("SELECT count(*) FROM aws_vpcflow")).isPositive();
        assertThat(lake.run("DESCRIBE aws_vpcflow")).isNotEmpty();
        assertThat(lake.run("SHOW TABLES")).isNotEmpty();
        assertThat(lake.run("WITH x AS (SELECT 1 AS a) SELECT a FROM x")).hasSize(1);
    }

    @Test
    void rowsDuckDbCannotWriteAsJsonAreWrittenTheOtherWay() {
        assertThat(lake.run("SELECT TIMESTAMP '10000-01-01' AS far").get(0).path("far").asText())
                .isEqualTo("+10000-01-01 00:00:00.000");
        assertThat(lake.run("SELECT 1 AS a;").get(0).path("a").asInt()).isEqualTo(1);
        assertThat(lake.run("SELECT {'k': 1} AS s, 0.5::FLOAT AS f").get(0).path("s").path("k").asInt()).isEqualTo(1);
        assertThat(lake.run("SELECT 'x' AS v, TIMESTAMP '2024-05-01 13:45:00.123456' AS t").get(0).path("t").asText())
                .isEqualTo("2024-05-01 13:45:00.123");
    }

    @Test
    void sqlErrorsAreWordedAsSnowflakeWordsThemAboutTheSqlTheClientSent() {
        JsonNode done = lake.await(lake.execute("SELECT srcAddr,\n       no_such_column FROM aws_vpcflow", null));
        assertThat(done.path("status").asText()).isEqualTo("failed");
        assertThat(done.path("message").asText())
                .isEqualTo("SQL compilation error: error line 2 at position 7 invalid identifier 'NO_SUCH_COLUMN'");
        assertThat(lake.await(lake.execute("SELEC 1", null)).path("message").asText())
                .isEqualTo("SQL compilation error: syntax error line 1 at position 0 unexpected 'SELEC'.");
        assertThat(lake.await(lake.execute("SELECT * FROM sf_nowhere WHERE p_occurs_since('1 day')", null)).path("message").asText())
                .isEqualTo("SQL compilation error: Object 'SF_NOWHERE' does not exist or not authorized.");
        assertThat(lake.await(lake.execute("SELECT eventName + 1 AS n FROM aws_cloudtrail WHERE eventName = 'GetObject'", null))
                .path("message").asText()).isEqualTo("Numeric value 'GetObject' is not recognized");
        JsonNode files = lake.await(lake.execute("SELECT * FROM read_text('/etc/hostname')", null));
        assertThat(files.path("status").asText()).isEqualTo("failed");
    }

    @Test
    void indicatorSearchFindsTheAttackerAcrossTables() {
        String id = api.data("mutation($s: DateTime!, $e: DateTime!) { executeIndicatorSearchQuery(input: {indicators: [\"203.0.113.9\"], "
                + "startTime: $s, endTime: $e}) { id } }", "s", Instant.now().minus(30, ChronoUnit.DAYS).toString(),
                "e", Instant.now().plusSeconds(60).toString()).path("executeIndicatorSearchQuery").path("id").asText();
        assertThat(lake.await(id).path("status").asText()).isEqualTo("succeeded");
        List<JsonNode> rows = lake.rows(id, 999);
        assertThat(rows.stream().map(r -> r.path("p_log_type").asText()).distinct())
                .containsExactlyInAnyOrder("Okta.SystemLog", "AWS.CloudTrail", "AWS.VPCFlow", "Crowdstrike.FDREvent");
        assertThat(rows).allMatch(r -> r.path("event").toString().contains("203.0.113.9"));
        String narrow = api.data("mutation($s: DateTime!, $e: DateTime!) { executeIndicatorSearchQuery(input: {indicators: "
                + "[\"203.0.113.9\"], startTime: $s, endTime: $e, indicatorName: p_any_ip_addresses, tables: [\"aws_vpcflow\"]}) { id } }",
                "s", Instant.now().minus(30, ChronoUnit.DAYS).toString(), "e", Instant.now().toString())
                .path("executeIndicatorSearchQuery").path("id").asText();
        lake.await(narrow);
        assertThat(lake.rows(narrow, 999)).isNotEmpty().allMatch(r -> r.path("p_log_type").asText().equals("AWS.VPCFlow"));
    }

    @Test
    void indicatorSearchReadsEveryStandardIndicatorColumn() {
        String id = api.data("mutation($s: DateTime!, $e: DateTime!) { executeIndicatorSearchQuery(input: {indicators: "
                + "[\"arn:aws:iam::123456789012:user/jordan.lee\"], startTime: $s, endTime: $e, indicatorName: p_any_aws_arns}) "
                + "{ id } }", "s", Instant.now().minus(30, ChronoUnit.DAYS).toString(), "e", Instant.now().plusSeconds(60).toString())
                .path("executeIndicatorSearchQuery").path("id").asText();
        assertThat(lake.await(id).path("status").asText()).isEqualTo("succeeded");
        List<JsonNode> rows = lake.rows(id, 999);
        assertThat(rows).isNotEmpty().allMatch(r -> r.path("p_log_type").asText().equals("AWS.CloudTrail"));
        assertThat(rows.stream().filter(r -> r.path("event").path("sourceIPAddress").asText().equals("203.0.113.9"))).hasSize(5);
        JsonNode okta = api.data("{ dataLakeDatabaseTable(input: {databaseName: \"panther_logs\", tableName: \"aws_vpcflow\"}) "
                + "{ columns { name type } } }").path("dataLakeDatabaseTable");
        assertThat(okta.path("columns").findValuesAsText("name")).contains("p_any_aws_arns", "p_any_trace_ids",
                "p_any_actor_ids", "p_any_sha256_hashes", "p_any_md5_hashes", "p_any_aws_instance_ids", "p_any_mac_addresses");
    }

    @Test
    void theHistoryListsQueriesNewestFirstWithFilters() {
        String marker = "SELECT 'history-marker' AS m";
        String id = lake.execute(marker, null);
        lake.await(id);
        JsonNode history = api.data("{ dataLakeQueries(input: {contains: \"HISTORY-MARKER\", status: [succeeded]}) "
                + "{ edges { node { id sql status issuedBy { ... on APIToken { name } } } } pageInfo { hasNextPage } } }")
                .path("dataLakeQueries");
        assertThat(history.path("edges").findValuesAsText("id")).containsExactly(id);
        assertThat(history.path("edges").path(0).path("node").path("issuedBy").path("name").asText())
                .isEqualTo(PantherEmulator.DEMO_TOKEN_NAME);
        List<String> started = api.data("{ dataLakeQueries(input: {pageSize: 999}) { edges { node { startedAt } } } }")
                .path("dataLakeQueries").path("edges").findValuesAsText("startedAt");
        assertThat(started).hasSizeGreaterThan(1).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(api.data("{ dataLakeQueries(input: {status: [cancelled], contains: \"history-marker\"}) { edges { node { id } } } }")
                .path("dataLakeQueries").path("edges").size()).isZero();
    }

    @Test
    void unknownQueriesAreNotFound() {
        assertThat(api.query("{ dataLakeQuery(id: \"nope\") { id } }").firstError()).endsWith("not found");
    }

    private static String typeOf(JsonNode table, String column) {
        for (JsonNode c : table.path("columns")) {
            if (c.path("name").asText().equals(column)) {
                return c.path("type").asText();
            }
        }
        throw new AssertionError("no column " + column);
    }
}
