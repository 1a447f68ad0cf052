package dev.pantherkernel.magics.datalake.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SqlFactsTest {

    @Test
    void tablesAreTheNamesAfterFromAndJoinAndInFromLists() {
        SqlFacts facts = SqlFacts.of("SELECT * FROM panther_logs.public.aws_cloudtrail c\n"
                + "JOIN public.okta_systemlog o ON coalesce(c.a, o.b) = o.client:ipAddress::string, aws_vpcflow v\n"
                + "WHERE c.x IN (SELECT y FROM \"Quoted \"\"Name\"\"\")");

        assertThat(facts.tables()).containsExactly(
                new TableName("panther_logs", "public", "aws_cloudtrail"),
                new TableName(null, "public", "okta_systemlog"),
                new TableName(null, null, "aws_vpcflow"),
                new TableName(null, null, "Quoted \"Name\""));
    }

    @Test
    void tableFunctionsSubqueriesAndNamesInStringsOrCommentsAreNotTables() {
        SqlFacts facts = SqlFacts.of("""
                SELECT 'FROM aws_cloudtrail' AS s -- FROM okta_systemlog
                FROM range(10), LATERAL flatten(input => x), (SELECT 1) /* JOIN aws_vpcflow */""");

        assertThat(facts.tables()).isEmpty();
    }

    @Test
    void keysOfSnowflakePathsAndCastTypesAreNoTablesClausesOrTimeFilters() {
        SqlFacts facts = SqlFacts.of("SELECT x:from AS f, actor:alternateId::string, t.c:\"p_event_time\"\n"
                + "FROM okta_systemlog t, LATERAL FLATTEN(input => t.target) f WHERE client:p_event_time IS NOT NULL "
                + "AND debugContext:debugData.p_event_time > '2024-01-01'");

        assertThat(facts.tables()).containsExactly(new TableName(null, null, "okta_systemlog"));
        assertThat(facts.hasTimeFilter()).isFalse();
        assertThat(SqlFacts.of("SELECT * FROM okta_systemlog WHERE p_event_time::date = CURRENT_DATE()").hasTimeFilter())
                .isTrue();
        assertThat(SqlFacts.of("SELECT f.value:x FROM okta_systemlog o, TABLE(FLATTEN(input => o.target)) f "
                + "WHERE p_occurs_since(90m, o)").hasTimeFilter()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM t WHERE p_occurs_since('1 day')",
            "SELECT * FROM t WHERE P_OCCURS_BETWEEN('2024-01-01', '2024-01-02') AND x = 1",
            "SELECT * FROM t WHERE p_event_time > current_timestamp - interval '1 hour'",
            "SELECT * FROM t x WHERE x.p_event_time BETWEEN a AND b",
            "SELECT * FROM t WHERE date_trunc('day', p_event_time) = '2024-05-01'",
            "WITH recent AS (SELECT * FROM t WHERE p_occurs_since('6 hours')) SELECT * FROM recent"})
    void aMacroOrAConditionOnEventTimeIsATimeFilter(String sql) {
        assertThat(SqlFacts.of(sql).hasTimeFilter()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT p_event_time FROM t",
            "SELECT * FROM t WHERE x = 1 ORDER BY p_event_time",
            "SELECT * FROM t WHERE msg = 'p_event_time > 1'",
            "SELECT p_occurs_since FROM t -- p_occurs_since('1 day')"})
    void eventTimeOutsideAWhereClauseIsNoTimeFilter(String sql) {
        assertThat(SqlFacts.of(sql).hasTimeFilter()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM t LIMIT 5", "SELECT * FROM t ORDER BY x FETCH FIRST 5 ROWS ONLY",
            "SELECT TOP 5 * FROM t", "select * from t limit 5;"})
    void aLimitOutsideParenthesesIsTheStatementsOwn(String sql) {
        assertThat(SqlFacts.of(sql).hasLimit()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT * FROM (SELECT * FROM t LIMIT 5)", "SELECT 'LIMIT 5' FROM t -- LIMIT 5",
            "SELECT \"limit\" FROM t"})
    void aLimitInsideParenthesesStringsOrNamesIsNotTheStatementsOwn(String sql) {
        assertThat(SqlFacts.of(sql).hasLimit()).isFalse();
    }

    @Test
    void onlyStatementsThatStartLikeAQueryAreQueries() {
        assertThat(SqlFacts.of("-- hello\nSELECT 1").isQuery()).isTrue();
        assertThat(SqlFacts.of("with x as (select 1) select * from x").isQuery()).isTrue();
        assertThat(SqlFacts.of("SHOW TABLES").isQuery()).isFalse();
        assertThat(SqlFacts.of("DESCRIBE TABLE t").isQuery()).isFalse();
    }

    @Test
    void completionGetsTheTablesOfAnUnfinishedStatement() {
        assertThat(SqlStatements.tablesIn("SELECT  FROM okta_systemlog o WHERE o.")).containsExactly(
                new TableName(null, null, "okta_systemlog"));
    }
}
