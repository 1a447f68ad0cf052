package dev.pantherkernel.magics.datalake.sql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LimitClauseTest {

    private static String limited(String sql, long limit) {
        return LimitClause.apply(ParsedSql.of(sql), limit);
    }

    @Test
    void aQueryWithoutLimitGetsOneOnANewLine() {
        assertThat(limited("SELECT * FROM t -- all of it", 10)).isEqualTo("SELECT * FROM t -- all of it\nLIMIT 10");
    }

    @Test
    void aTrailingSemicolonIsDroppedSoTheStatementStaysOne() {
        assertThat(limited("SELECT * FROM t;\n", 10)).isEqualTo("SELECT * FROM t\nLIMIT 10");
        assertThat(limited("SELECT ';' AS s FROM t", 10)).isEqualTo("SELECT ';' AS s FROM t\nLIMIT 10");
    }

    @Test
    void aQueryWithItsOwnLimitOrAStatementThatIsNoQueryIsLeftAlone() {
        assertThat(limited("SELECT * FROM t LIMIT 3", 10)).isEqualTo("SELECT * FROM t LIMIT 3");
        assertThat(limited("SHOW TABLES", 10)).isEqualTo("SHOW TABLES");
        assertThat(limited("SELECT * FROM t", 0)).isEqualTo("SELECT * FROM t");
    }
}
