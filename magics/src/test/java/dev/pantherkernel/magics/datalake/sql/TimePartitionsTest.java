package dev.pantherkernel.magics.datalake.sql;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import org.assertj.core.api.Assertions;

class TimePartitionsTest {

    private static final Instant NOW = Instant.parse("2024-05-02T00:00:00Z");

    @Test
    void aQueryWithASinceWindowBecomesQueriesOverAdjacentRangesOfItsTimeColumn() {
        TimePartitions.Plan plan = TimePartitions.plan(
                "SELECT p_event_time, eventName FROM aws_cloudtrail WHERE p_occurs_since('1 day')", 4, NOW);

        assertThat(plan.refusal()).isNull();
        assertThat(plan.from()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(plan.to()).isEqualTo(NOW);
        assertThat(plan.queries()).containsExactly(
                "SELECT p_event_time, eventName FROM aws_cloudtrail WHERE (p_occurs_since('1 day')) AND "
                        + "p_event_time < TIMESTAMP '2024-05-01 06:00:00.000'",
                "SELECT p_event_time, eventName FROM aws_cloudtrail WHERE (p_occurs_since('1 day')) AND "
                        + "p_event_time >= TIMESTAMP '2024-05-01 06:00:00.000' AND p_event_time < TIMESTAMP '2024-05-01 12:00:00.000'",
                "SELECT p_event_time, eventName FROM aws_cloudtrail WHERE (p_occurs_since('1 day')) AND "
                        + "p_event_time >= TIMESTAMP '2024-05-01 12:00:00.000' AND p_event_time < TIMESTAMP '2024-05-01 18:00:00.000'",
                "SELECT p_event_time, eventName FROM aws_cloudtrail WHERE (p_occurs_since('1 day')) AND "
                        + "p_event_time >= TIMESTAMP '2024-05-01 18:00:00.000'");
    }

    @Test
    void theOriginalConditionStaysWholeInParenthesesAndCommentsAndTheRestStayWhereTheyWere() {
        String sql = """
                SELECT * FROM okta_systemlog
                WHERE p_event_time >= '2024-05-01' AND (outcome:result::string = 'FAILURE' OR severity = 'WARN') -- failures
                ORDER BY p_event_time;""";

        List<String> queries = TimePartitions.plan(sql, 2, NOW).queries();

        assertThat(queries.get(0)).isEqualTo("""
                SELECT * FROM okta_systemlog
                WHERE (p_event_time >= '2024-05-01' AND (outcome:result::string = 'FAILURE' OR severity = 'WARN')) \
                AND p_event_time < TIMESTAMP '2024-05-01 12:00:00.000' -- failures
                ORDER BY p_event_time;""");
    }

    @Test
    void literalTimesAreReadInEveryFormAndTheNarrowestBoundsCount() {
        for (String condition : List.of("p_event_time BETWEEN '2024-05-01 00:00:00' AND '2024-05-01 02:00:00'",
                "p_event_time >= '2024-05-01T00:00:00Z'::timestamp_ntz AND p_event_time < TIMESTAMP '2024-05-01 02:00:00'",
                "TO_TIMESTAMP('2024-04-30 00:00:00') < p_event_time AND p_event_time >= CAST('2024-05-01' AS TIMESTAMP)"
                        + " AND '2024-05-01 02:00:00.000' > p_event_time AND p_event_time <= '2024-05-03'",
                "p_occurs_between('2024-05-01 00:00:00', '2024-05-01 02:00:00')",
                "p_occurs_around('2024-05-01 01:00:00', 3600)",
                "p_occurs_after('2024-05-01') AND p_occurs_before('2024-05-01 02:00')")) {
            TimePartitions.Plan plan = TimePartitions.plan("SELECT * FROM t WHERE " + condition, 2, NOW);

            assertThat(plan.refusal()).as(condition).isNull();
            assertThat(plan.from()).as(condition).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
            assertThat(plan.to()).as(condition).isEqualTo(Instant.parse("2024-05-01T02:00:00Z"));
            assertThat(plan.queries().get(1)).as(condition).endsWith("p_event_time >= TIMESTAMP '2024-05-01 01:00:00.000'");
        }
    }

    @Test
    void theMacrosTableAliasAndColumnNameTheColumnThePartitionsCut() {
        TimePartitions.Plan plan = TimePartitions.plan("SELECT o.*, c.eventName FROM okta_systemlog o JOIN aws_cloudtrail c "
                + "ON c.sourceIPAddress = o.client:ipAddress::string WHERE p_occurs_since(90m, o) AND c.p_event_time > "
                + "'2020-01-01'", 3, NOW);
        TimePartitions.Plan parseTime = TimePartitions.plan("SELECT * FROM t WHERE p_occurs_since('2 hours', , p_parse_time)"
                + " AND p_event_time >= '2024-05-01 23:00:00'", 2, NOW);

        assertThat(plan.column()).isEqualTo("o.p_event_time");
        assertThat(plan.from()).isEqualTo(NOW.minusSeconds(90 * 60));
        assertThat(plan.queries().get(2)).endsWith("AND o.p_event_time >= TIMESTAMP '2024-05-01 23:30:00.000'");
        assertThat(parseTime.column()).isEqualTo("p_event_time");
        assertThat(parseTime.from()).isEqualTo(Instant.parse("2024-05-01T23:00:00Z"));
    }

    @Test
    void queriesWhoseAnswerSplittingWouldChangeAreRefusedWithTheReason() {
        String window = " FROM t WHERE p_occurs_since('1 day')";
        assertRefused("SELECT * " + window + " LIMIT 10", "LIMIT");
        assertRefused("SELECT TOP 5 *" + window, "LIMIT");
        assertRefused("SELECT *" + window + " ORDER BY p_event_time FETCH FIRST 3 ROWS ONLY", "LIMIT");
        assertRefused("SELECT DISTINCT eventName" + window, "DISTINCT");
        assertRefused("SELECT eventName, COUNT(*) AS n" + window + " GROUP BY eventName", "aggregates (GROUP BY");
        assertRefused("SELECT ROUND(AVG(x), 2)" + window, "aggregates (avg(...))");
        assertRefused("SELECT LISTAGG(x, ',') WITHIN GROUP (ORDER BY x)" + window, "aggregates (listagg(...))");
        assertRefused("SELECT x, ROW_NUMBER() OVER (PARTITION BY y ORDER BY p_event_time) AS n" + window,
                "window functions (row_number(...) OVER)");
        assertRefused("SELECT x, COUNT(*) OVER (PARTITION BY y) AS n" + window, "window functions (count(...) OVER)");
        assertRefused("SELECT *" + window + " QUALIFY ROW_NUMBER() OVER (ORDER BY x) = 1", "window functions (QUALIFY)");
        assertRefused("SELECT *" + window + " ORDER BY eventName, p_event_time", "ordered by eventName");
        assertRefused("SELECT *" + window + " UNION ALL SELECT *" + window, "combines queries");
        assertRefused("SHOW TABLES", "not a SELECT");
        assertRefused("SELECT * FROM t", "no time window");
        assertRefused("SELECT * FROM t WHERE p_occurs_before('2024-05-01') OR x = 1", "no time window");
        assertRefused("SELECT * FROM t WHERE p_event_time > DATEADD(day, -1, CURRENT_TIMESTAMP())", "no time window");
        assertRefused("SELECT * FROM t WHERE p_event_time >= '2024-05-01' AND p_event_time < '2024-05-01'", "too short");
    }

    @Test
    void whatSubqueriesPathsAndCastsHoldDoesNotStopASplit() {
        List<String> splittable = List.of(
                "SELECT (SELECT COUNT(*) FROM t2) AS total, x FROM t WHERE p_occurs_since('1 day')",
                "SELECT * FROM t WHERE p_occurs_since('1 day') AND user IN (SELECT user FROM u GROUP BY user HAVING COUNT(*) > 2)",
                "SELECT actor:order::string AS o, x:limit, y:group FROM t WHERE p_occurs_since('1 day') ORDER BY t.p_event_time DESC",
                "WITH recent AS (SELECT user, MAX(p_event_time) AS last FROM t GROUP BY user) "
                        + "SELECT * FROM recent r JOIN t ON t.user = r.user WHERE t.p_event_time >= '2024-05-01'",
                "SELECT f.value:name::string FROM t, LATERAL FLATTEN(input => t.items) f WHERE p_occurs_since(3600)");
        for (String sql : splittable) {
            assertThat(TimePartitions.plan(sql, 2, NOW).refusal()).as(sql).isNull();
        }
    }

    @Test
    void forTimeGoingDownThePartitionsComeLatestFirst() {
        TimePartitions.Plan plan = TimePartitions.plan("SELECT * FROM t WHERE p_occurs_since('2 hours') "
                + "ORDER BY p_event_time DESC NULLS LAST, x", 2, NOW);

        assertThat(plan.queries().get(0)).contains("p_event_time >= TIMESTAMP '2024-05-01 23:00:00.000'");
        assertThat(plan.queries().get(1)).contains("p_event_time < TIMESTAMP '2024-05-01 23:00:00.000'");
    }

    @Test
    void macroOffsetsAreReadInThePanthersForms() {
        assertThat(MacroOffset.parse("3600").toSeconds()).isEqualTo(3600);
        assertThat(MacroOffset.parse("1 day").toHours()).isEqualTo(24);
        assertThat(MacroOffset.parse("6 hours").toHours()).isEqualTo(6);
        assertThat(MacroOffset.parse("1 d").toHours()).isEqualTo(24);
        assertThat(MacroOffset.parse("90m").toMinutes()).isEqualTo(90);
        assertThat(MacroOffset.parse("1 day, 2 hours").toHours()).isEqualTo(26);
        for (String bad : List.of("", "1 month", "day", "1 day 2", "x")) {
            Assertions.assertThatThrownBy(() -> MacroOffset.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void assertRefused(String sql, String reason) {
        TimePartitions.Plan plan = TimePartitions.plan(sql, 4, NOW);
        assertThat(plan.isSplit()).as(sql).isFalse();
        assertThat(plan.refusal()).as(sql).contains(reason);
    }
}
