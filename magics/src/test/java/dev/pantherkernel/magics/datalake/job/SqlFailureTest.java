package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.datalake.result.DataLakeQueryException;
import dev.pantherkernel.magics.datalake.sql.DerivedSql;
import dev.pantherkernel.magics.datalake.sql.SqlOrigin;
import dev.pantherkernel.magics.datalake.sql.SqlTemplate;
import dev.pantherkernel.magics.datalake.sql.TimePartitions;
import dev.pantherkernel.magics.graphql.TextPlace;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed queries as Panther words them (scripted here: Snowflake's messages about the SQL it was sent), told where
 * the user wrote the mistake: the cell line, a caret under the place, and generated SQL quoted whole.
 */
class SqlFailureTest {

    private static final TextPlace CELL = new TextPlace(2);

    /** What {@link QueryPoller} throws for a query that failed in Panther with {@code message}. */
    private static DataLakeQueryException failed(String message, String sql) {
        return new DataLakeQueryException("q1", "query q1 failed: " + SqlFailure.oneLine(message), message, sql);
    }

    private static SqlFailure.Sent written(String sql) {
        return new SqlFailure.Sent(DerivedSql.original(sql), SqlOrigin.WRITTEN, CELL, null);
    }

    @Test
    void aSyntaxErrorAsPantherWordsItIsMarkedOnTheCellLineWithACaret() {
        String sql = "SELECT p_event_time, eventName\nFROM aws_cloudtrail\nWHERE p_occurs_since('1 day')\n  AND errorCode IS NULL 1";

        DataLakeQueryException told = SqlFailure.placed(failed(
                "SQL compilation error:\nsyntax error line 4 at position 24 unexpected '1'.", sql), written(sql));

        assertThat(told.getMessage()).isEqualTo("query q1 failed at cell line 5, column 25: SQL compilation error: syntax "
                + "error line 4 at position 24 unexpected '1'.");
        assertThat(told.details()).containsExactly("  AND errorCode IS NULL 1", " ".repeat(24) + "^");
        assertThat(told.queryId()).isEqualTo("q1");
    }

    @Test
    void aPlaceThatPanthersMacroExpansionMovedRightIsFoundAgainOnItsLine() {
        String sql = "SELECT eventName FROM aws_cloudtrail\nWHERE p_occurs_since('1 day') AND eventNam = 'x' AND eventNam2 = 1";

        // Snowflake read the line with the macro expanded, so its position lies further right than in the SQL sent
        DataLakeQueryException told = SqlFailure.placed(failed("SQL compilation error: error line 2 at position 71 "
                + "invalid identifier 'EVENTNAM'", sql), written(sql));

        assertThat(told.getMessage()).contains("failed at cell line 3, column 35:");
        assertThat(told.details()).containsExactly("WHERE p_occurs_since('1 day') AND eventNam = 'x' AND eventNam2 = 1",
                " ".repeat(34) + "^");
    }

    @Test
    void anObjectPantherCannotFindIsMarkedWhereTheQueryNamesIt() {
        String sql = "SELECT *\nFROM panther_logs.public.sf_nowhere t\nWHERE p_occurs_since('1 day')";

        DataLakeQueryException told = SqlFailure.placed(failed("SQL compilation error:\nObject "
                + "'PANTHER_LOGS.PUBLIC.SF_NOWHERE' does not exist or not authorized.", sql), written(sql));

        assertThat(told.getMessage()).startsWith("query q1 failed at cell line 3, column 6: SQL compilation error: Object ");
        assertThat(told.details()).containsExactly("FROM panther_logs.public.sf_nowhere t", "     ^");
    }

    @Test
    void anInvalidIdentifierWithoutAPlaceIsLookedForInTheCodeNotInStringsPathsOrComments() {
        String sql = "SELECT 'eventNam' AS s, actor:eventNam, -- eventNam\n  c.eventNam FROM aws_cloudtrail c";

        DataLakeQueryException told = SqlFailure.placed(failed("SQL compilation error: invalid identifier 'C.EVENTNAM'", sql),
                written(sql));

        assertThat(told.details()).containsExactly("  c.eventNam FROM aws_cloudtrail c", "  ^");
    }

    @Test
    void aPlaceInsideAFilledPlaceholderPointsAtThePlaceholder() {
        String cell = "SELECT *\nFROM okta_systemlog WHERE client:ipAddress = {ip} AND x 1";
        SqlTemplate.Filled filled = SqlTemplate.fill(cell, name -> Optional.of("203.0.113.9"), (name, value) -> "");
        String sent = filled.sql();
        int position = sent.lines().toList().get(1).indexOf(" 1") + 1;

        DataLakeQueryException told = SqlFailure.placed(failed("SQL compilation error: syntax error line 2 at position "
                + position + " unexpected '1'.", sent), new SqlFailure.Sent(filled.derived(), SqlOrigin.WRITTEN, CELL, null));

        assertThat(sent).contains("'203.0.113.9'");
        assertThat(told.getMessage()).contains("at cell line 3, column " + (cell.lines().toList().get(1).indexOf(" 1") + 2));
        assertThat(told.details()).containsExactly("FROM okta_systemlog WHERE client:ipAddress = {ip} AND x 1",
                " ".repeat(cell.lines().toList().get(1).indexOf(" 1") + 1) + "^");
    }

    @Test
    void anErrorInATimePartitionPointsIntoTheCellAndOneInItsOwnConditionQuotesThePartitionsSql() {
        String cell = "SELECT p_row_id FROM okta_systemlog\nWHERE p_occurs_between('2024-05-01', '2024-05-03') AND eventTyp = 'x'";
        TimePartitions.Plan plan = TimePartitions.plan(cell, 2, Instant.parse("2024-06-01T00:00:00Z"));
        DerivedSql second = plan.parts().get(1);
        SqlFailure.Sent sent = new SqlFailure.Sent(second, SqlOrigin.WRITTEN, CELL, "time partition 2 of 2");
        String line2 = second.text().lines().toList().get(1);

        DataLakeQueryException inCell = SqlFailure.placed(failed("SQL compilation error: error line 2 at position "
                + line2.indexOf("eventTyp") + " invalid identifier 'EVENTTYP'", second.text()), sent);
        DataLakeQueryException inCondition = SqlFailure.placed(failed("SQL compilation error: error line 2 at position "
                + line2.indexOf(">=") + " invalid argument", second.text()), sent);

        assertThat(line2).startsWith("WHERE (p_occurs_between").contains(") AND p_event_time >= ");
        assertThat(inCell.getMessage()).contains("failed at cell line 3, column " + (cell.lines().toList().get(1).indexOf("eventTyp") + 1));
        assertThat(inCell.details()).containsExactly(cell.lines().toList().get(1),
                " ".repeat(cell.lines().toList().get(1).indexOf("eventTyp")) + "^");
        assertThat(inCondition.getMessage()).contains("failed at line 2, column " + (line2.indexOf(">=") + 1)
                + " of time partition 2 of 2's SQL");
        assertThat(inCondition.details()).first().isEqualTo("time partition 2 of 2's SQL, made by --partitions:");
        assertThat(inCondition.details()).contains("2  " + line2, " ".repeat(3 + line2.indexOf(">=")) + "^");
    }

    @Test
    void generatedSqlIsQuotedWholeWithItsLinesNumberedAndWhatGeneratedIt() {
        String generated = "SELECT p_event_time, p_table\nFROM panther_logs.public.aws_cloudtrail t\nWHERE bad 1";
        SqlOrigin search = SqlOrigin.generated("the search's SQL", "generated by Panther for search 203.0.113.9", null);

        DataLakeQueryException told = SqlFailure.placed(failed("SQL compilation error: syntax error line 3 at position 10 "
                + "unexpected '1'.", generated), new SqlFailure.Sent(DerivedSql.original(generated), search, TextPlace.TEXT, null));
        DataLakeQueryException timedOut = SqlFailure.placed(new DataLakeQueryException("q2", "query q2 did not finish"),
                new SqlFailure.Sent(DerivedSql.original(generated), search, TextPlace.TEXT, null));

        assertThat(told.getMessage()).startsWith("query q1 failed at line 3, column 11 of the search's SQL: SQL compilation");
        assertThat(told.details()).containsExactly("the search's SQL, generated by Panther for search 203.0.113.9:",
                "1  SELECT p_event_time, p_table", "2  FROM panther_logs.public.aws_cloudtrail t", "3  WHERE bad 1",
                "             ^");
        assertThat(timedOut.getMessage()).isEqualTo("query q2 did not finish");
        assertThat(timedOut.details()).hasSize(4).doesNotContain("^");
    }

    @Test
    void aFailureWithoutAPlaceInTheUsersOwnSqlIsToldAsPantherToldIt() {
        DataLakeQueryException failure = failed("Numeric value 'GetObject' is not recognized", "SELECT eventName + 1 FROM t");

        assertThat(SqlFailure.placed(failure, written("SELECT eventName + 1 FROM t"))).isSameAs(failure);
        assertThat(failure.getMessage()).isEqualTo("query q1 failed: Numeric value 'GetObject' is not recognized");
    }

    @Test
    void derivedSqlMapsThroughEveryStepBackToWhatTheUserWrote() {
        DerivedSql filled = DerivedSql.newDerivedSql("a {x} b").copy(0, 2).write("'long value'", 2).copy(5, 7).build();
        DerivedSql limited = filled.then(DerivedSql.newDerivedSql(filled.text()).copy(0, filled.text().length()).write("\nLIMIT 5").build());

        assertThat(limited.text()).isEqualTo("a 'long value' b\nLIMIT 5");
        assertThat(limited.original()).isEqualTo("a {x} b");
        assertThat(Map.of(0, limited.originalOffset(0).getAsInt(), 5, limited.originalOffset(5).getAsInt(),
                15, limited.originalOffset(15).getAsInt())).isEqualTo(Map.of(0, 0, 5, 2, 15, 6));
        assertThat(limited.originalOffset(18)).isEmpty();
    }
}
