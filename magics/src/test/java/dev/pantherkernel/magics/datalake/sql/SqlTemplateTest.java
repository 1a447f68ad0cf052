package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.PantherException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlTemplateTest {

    private static final Map<String, Object> VALUES = Map.of("ip", "203.0.113.9", "n", 5, "table", "aws_cloudtrail",
            "key", "alternateId", "spaced", "display name");
    private static final Function<String, Optional<Object>> VARIABLES = name -> Optional.ofNullable(VALUES.get(name));
    private static final SqlTemplate.Identifiers IDENTIFIERS = (name, value) -> "<" + value + ">";

    private static SqlTemplate.Filled fill(String sql) {
        return SqlTemplate.fill(sql, VARIABLES, IDENTIFIERS);
    }

    @Test
    void placeholdersInCodeTakeTheirVariablesAsLiterals() {
        assertThat(fill("SELECT * FROM t WHERE ip = {ip} LIMIT {n}").sql())
                .isEqualTo("SELECT * FROM t WHERE ip = '203.0.113.9' LIMIT 5");
    }

    @Test
    void identPlaceholdersGoThroughTheIdentifierCheck() {
        assertThat(fill("SELECT * FROM {table!ident}").sql()).isEqualTo("SELECT * FROM <aws_cloudtrail>");
    }

    @Test
    void placeholdersInCommentsAndQuotedNamesAreLeftAsWritten() {
        String sql = "SELECT \"{ip}\" FROM t -- {ip}\n/* {n} */";

        assertThat(fill(sql).sql()).isEqualTo(sql);
    }

    @Test
    void aPlaceholderInsideAStringLiteralStaysWithAWarning() {
        SqlTemplate.Filled filled = fill("SELECT * FROM t WHERE msg LIKE '%{ip}%'");

        assertThat(filled.sql()).isEqualTo("SELECT * FROM t WHERE msg LIKE '%{ip}%'");
        assertThat(filled.warnings()).singleElement().asString().contains("{ip} is inside a string literal")
                .contains("'%' || {ip} || '%'");
    }

    @Test
    void bracesThatAreNoPlaceholderAreLeftAlone() {
        String sql = "SELECT {'a': 1} AS o, { ip } AS spaced, {a: 1} AS s";

        assertThat(fill(sql).sql()).isEqualTo(sql);
    }

    @Test
    void placeholdersWorkBesideSnowflakePathsCastsAndArrows() {
        assertThat(fill("SELECT actor:alternateId::string AS who FROM t WHERE client:ipAddress = {ip}::string "
                + "AND ARRAY_SIZE(x) > {n} AND f IN (SELECT value FROM TABLE(FLATTEN(input => t.target)))").sql())
                .isEqualTo("SELECT actor:alternateId::string AS who FROM t WHERE client:ipAddress = '203.0.113.9'::string "
                        + "AND ARRAY_SIZE(x) > 5 AND f IN (SELECT value FROM TABLE(FLATTEN(input => t.target)))");
    }

    @Test
    void anIdentPlaceholderInAPathIsAKeyQuotedWhenItIsNoPlainName() {
        assertThat(fill("SELECT actor:{key!ident}::string, target[0].{spaced!ident}, {table!ident}.x FROM {table!ident}").sql())
                .isEqualTo("SELECT actor:alternateId::string, target[0].\"display name\", <aws_cloudtrail>.x FROM <aws_cloudtrail>");
        assertThatThrownBy(() -> fill("SELECT actor:{n!ident}")).isInstanceOf(PantherException.class)
                .hasMessageContaining("takes a string that names a key");
    }

    @Test
    void aPlaceholderWithoutAVariableIsAnErrorThatSaysWhatToDo() {
        assertThatThrownBy(() -> fill("SELECT {nope}")).isInstanceOf(PantherException.class)
                .hasMessage("{nope} in the SQL: there is no Java variable nope; declare it in a Java cell first, "
                        + "or remove the braces");
    }
}
