package dev.pantherkernel.emulator.datalake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** DuckDB's own errors, from a real DuckDB, worded as Snowflake words them and without DuckDB's SQL. */
class EngineErrorsTest {

    private static String duckDbError(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE MACRO sf_now() AS TIMESTAMP '2024-05-01'");
            s.executeQuery(sql);
            throw new AssertionError("no error from " + sql);
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    @Test
    void aMissingTableIsAnObjectThatDoesNotExistWithoutDuckDbsRewriteOrSuggestions() throws SQLException {
        String duckDb = duckDbError("SELECT * FROM \"sf_nowhere\" WHERE p_event_time >= memory.main.sf_now() - INTERVAL 1 DAY");
        assertThat(duckDb).contains("LINE 1:");

        assertThat(EngineErrors.worded(duckDb)).isEqualTo("SQL compilation error: Object 'SF_NOWHERE' does not exist or not authorized.");
    }

    @Test
    void aValueThatIsNotANumberIsNotRecognizedAsSnowflakeSaysIt() throws SQLException {
        assertThat(EngineErrors.worded(duckDbError("SELECT CAST(v AS DOUBLE) + 1 FROM (VALUES ('GetObject')) t(v)")))
                .isEqualTo("Numeric value 'GetObject' is not recognized");
        assertThat(EngineErrors.worded(duckDbError("SELECT CAST('soon' AS TIMESTAMP)")))
                .isEqualTo("Timestamp 'soon' is not recognized");
    }

    @Test
    void anyOtherErrorKeepsOnlyItsFirstLineWithoutTheEnginesName() throws SQLException {
        String worded = EngineErrors.worded(duckDbError("SELECT a FROM (SELECT 1 AS b) t"));

        assertThat(worded).startsWith("SQL compilation error: ").doesNotContain("Binder Error").doesNotContain("LINE")
                .doesNotContain("\n");
    }
}
