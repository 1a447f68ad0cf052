package dev.pantherkernel.emulator.datalake.snowflake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The front end on its own, with a stub catalog: what it refuses, what it passes through, how it types columns. */
class SnowflakeFrontEndTest {
    private static final TableSchemas CATALOG = name -> name.get(name.size() - 1).equalsIgnoreCase("okta_systemlog")
            ? Optional.of(List.of(new TableSchemas.Column("actor", SnowflakeType.OBJECT),
                    new TableSchemas.Column("target", SnowflakeType.ARRAY),
                    new TableSchemas.Column("p_event_time", SnowflakeType.TIMESTAMP_NTZ)))
            : Optional.empty();
    private final SnowflakeFrontEnd frontEnd = new SnowflakeFrontEnd(CATALOG);

    @Test
    void outputColumnsAreTypedAsSnowflakeTypesThemAndAPathIsAVariant() throws SnowflakeSqlException {
        SnowflakeFrontEnd.Translation t = frontEnd.translate(
                "SELECT actor, actor:alternateId, actor:alternateId::string AS who, target, ARRAY_SIZE(target) AS n, "
                        + "p_event_time FROM okta_systemlog");

        assertThat(t.columnTypes()).containsExactly(Map.entry("actor", SnowflakeType.OBJECT),
                Map.entry("actor:alternateId", SnowflakeType.VARIANT), Map.entry("who", SnowflakeType.VARCHAR),
                Map.entry("target", SnowflakeType.ARRAY), Map.entry("n", SnowflakeType.NUMBER),
                Map.entry("p_event_time", SnowflakeType.TIMESTAMP_NTZ));
    }

    @Test
    void colonsArrowsAndCastsInsideStringsQuotedNamesAndCommentsAreText() throws SnowflakeSqlException {
        SnowflakeFrontEnd.Translation t = frontEnd.translate("SELECT 'a:b::c => d' AS \"x:y\", $$it's : $$ AS s -- c:d\n"
                + "/* e::f */ FROM okta_systemlog");

        assertThat(t.sql()).contains("'a:b::c => d'").contains("\"x:y\"").contains("'it''s : '").doesNotContain("c:d")
                .doesNotContain("e::f");
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertThatThrownBy(() -> frontEnd.translate("SELECT 'open"))
                .hasMessage("SQL compilation error: syntax error line 1 at position 7 unterminated string literal");
        assertThatThrownBy(() -> frontEnd.translate("SELECT a\nFROM okta_systemlog WHERE"))
                .hasMessageContaining("line 2 at position 25 unexpected end of input");
    }

    @Test
    void onlyOneReadStatementRunsAndShowAndDescribePassThrough() throws SnowflakeSqlException {
        assertThatThrownBy(() -> frontEnd.translate("DELETE FROM okta_systemlog")).hasMessageContaining("only read statements");
        assertThatThrownBy(() -> frontEnd.translate("SELECT 1; SELECT 2")).hasMessageContaining("exactly one statement");
        assertThat(frontEnd.translate("SHOW TABLES;").sql()).isEqualTo("SHOW TABLES");
        assertThat(frontEnd.translate("SELECT 1 AS one;").columnTypes()).containsEntry("one", SnowflakeType.NUMBER);
    }

    @Test
    void namesOfTablesTheCatalogDoesNotKnowAreLeftToTheEngine() throws SnowflakeSqlException {
        assertThat(frontEnd.translate("SELECT x:y::string AS v FROM elsewhere").columnTypes())
                .containsExactly(Map.entry("v", SnowflakeType.VARCHAR));
    }

    @Test
    void aNameThatResolvesToNothingIsAnInvalidIdentifierAtItsLineAndPositionInSnowflakesWords() {
        assertThatThrownBy(() -> frontEnd.translate("SELECT actor,\n  nope FROM okta_systemlog"))
                .hasMessage("SQL compilation error: error line 2 at position 2 invalid identifier 'NOPE'");
        assertThatThrownBy(() -> frontEnd.translate("SELECT o.\"Nope\" FROM okta_systemlog o"))
                .hasMessage("SQL compilation error: error line 1 at position 7 invalid identifier 'O.\"Nope\"'");
    }

    @Test
    void aTableWhereTheCatalogListsEveryTableButNotThisOneDoesNotExistOrIsNotAuthorized() {
        TableSchemas covering = new TableSchemas() {
            @Override
            public Optional<List<Column>> columns(List<String> name) {
                return CATALOG.columns(name);
            }

            @Override
            public boolean covers(List<String> name) {
                return name.size() == 1;
            }
        };

        assertThatThrownBy(() -> new SnowflakeFrontEnd(covering).translate("SELECT *\nFROM okta_systemlg"))
                .hasMessage("SQL compilation error: Object 'OKTA_SYSTEMLG' does not exist or not authorized.");
        assertThatThrownBy(() -> new SnowflakeFrontEnd(covering).translate("WITH x AS (SELECT 1 AS a) SELECT a FROM x JOIN y"))
                .hasMessageContaining("Object 'Y' does not exist");
    }
}
