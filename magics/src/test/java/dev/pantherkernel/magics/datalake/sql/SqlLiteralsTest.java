package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.PantherException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlLiteralsTest {

    @Test
    void stringsAreQuotedWithInnerQuotesDoubled() {
        assertThat(SqlLiterals.of("s", "it's")).isEqualTo("'it''s'");
        assertThat(SqlLiterals.of("s", "")).isEqualTo("''");
        assertThat(SqlLiterals.of("s", "a;\nb")).isEqualTo("'a;\nb'");
    }

    @Test
    void backslashesStandOutsideTheQuotesSoSnowflakeCannotReadThemAsEscapes() {
        assertThat(SqlLiterals.of("s", "a\\'")).isEqualTo("'a' || CHR(92) || ''''");
        assertThat(SqlLiterals.of("s", "\\")).isEqualTo("CHR(92)");
    }

    @Test
    void numbersAndBooleansAreWrittenAsThemselves() {
        assertThat(SqlLiterals.of("n", 42)).isEqualTo("42");
        assertThat(SqlLiterals.of("n", -7L)).as("in parentheses, so that `x -{n}` is no comment").isEqualTo("(-7)");
        assertThat(SqlLiterals.of("n", -0.5)).isEqualTo("(-0.5)");
        assertThat(SqlLiterals.of("n", 0.1)).isEqualTo("0.1");
        assertThat(SqlLiterals.of("n", new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(SqlLiterals.of("b", false)).isEqualTo("FALSE");
        assertThat(SqlLiterals.of("x", null)).isEqualTo("NULL");
    }

    @Test
    void timesAreUtcTimestampLiterals() {
        assertThat(SqlLiterals.of("t", Instant.parse("2024-05-01T13:45:00Z"))).isEqualTo("TIMESTAMP '2024-05-01 13:45:00.000'");
        assertThat(SqlLiterals.of("t", Instant.parse("2024-05-01T13:45:00.123456Z")))
                .isEqualTo("TIMESTAMP '2024-05-01 13:45:00.123456'");
        assertThat(SqlLiterals.of("t", ZonedDateTime.of(2024, 5, 1, 15, 45, 0, 0, ZoneId.of("Europe/Paris"))))
                .isEqualTo("TIMESTAMP '2024-05-01 13:45:00.000'");
        assertThat(SqlLiterals.of("d", LocalDate.of(2024, 5, 1))).isEqualTo("DATE '2024-05-01'");
    }

    @Test
    void collectionsAndArraysBecomeParenthesisedLists() {
        assertThat(SqlLiterals.of("l", List.of("a", "b'c", 3))).isEqualTo("('a', 'b''c', 3)");
        assertThat(SqlLiterals.of("l", new int[] {1, 2})).isEqualTo("(1, 2)");
        assertThat(SqlLiterals.of("l", Set.of("only"))).isEqualTo("('only')");
    }

    @Test
    void valuesWithoutASafeLiteralAreErrorsNamingThePlaceholder() {
        assertThatThrownBy(() -> SqlLiterals.of("ids", List.of())).isInstanceOf(PantherException.class)
                .hasMessageStartingWith("{ids} is empty");
        assertThatThrownBy(() -> SqlLiterals.of("x", Double.NaN)).hasMessageContaining("{x} is NaN");
        assertThatThrownBy(() -> SqlLiterals.of("x", new Object())).hasMessageContaining("{x} is a Object");
        assertThatThrownBy(() -> SqlLiterals.of("x", List.of(List.of(1)))).hasMessageContaining("a list inside a list");
    }
}
