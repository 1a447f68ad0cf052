package dev.pantherkernel.magics.assist;

import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Completion in %%panther sql cells, from the emulator's catalog over real HTTP. */
class SqlAssistTest {

    private final PantherSession session = Sessions.demoToken(new RecordingHost());
    private final SqlAssist sql = new SqlAssist(DataLakeCatalog.of(session.connection()), DataLakeCatalog.DEFAULT_DATABASE);

    private static int end(String text) {
        return text.length();
    }

    @Test
    void tablesCompleteAfterFromBareAndQualified() {
        String text = "SELECT * FROM okt";
        Completion c = sql.complete(text, end(text)).orElseThrow();

        assertThat(c.candidates()).containsExactly("okta_systemlog");
        assertThat(c.start()).isEqualTo(text.length() - 3);
        String database = "SELECT * FROM panther_lo";
        assertThat(sql.complete(database, end(database)).orElseThrow().candidates())
                .contains("panther_logs.public.okta_systemlog", "panther_logs.public.aws_cloudtrail");
        String qualified = "SELECT * FROM panther_rule_matches.public.aws";
        assertThat(sql.complete(qualified, end(qualified)).orElseThrow().candidates())
                .contains("panther_rule_matches.public.aws_cloudtrail");
    }

    @Test
    void columnsOfTheTablesInTheStatementComplete() {
        String text = "SELECT p_ev FROM okta_systemlog";
        int cursor = "SELECT p_ev".length();

        Completion c = sql.complete(text, cursor).orElseThrow();

        assertThat(c.candidates()).contains("p_event_time");
        assertThat(c.start()).isEqualTo("SELECT ".length());
    }

    @Test
    void timeMacrosAndKeywordsComplete() {
        String text = "SELECT * FROM okta_systemlog WHERE p_occurs_s";
        assertThat(sql.complete(text, end(text)).orElseThrow().candidates()).containsExactly("p_occurs_since(");
        String keyword = "SELECT * FROM okta_systemlog WHE";
        assertThat(sql.complete(keyword, end(keyword)).orElseThrow().candidates()).contains("WHERE");
    }

    @Test
    void shiftTabShowsAColumnsTypeAndATablesColumns() {
        String text = "SELECT p_event_time FROM okta_systemlog";

        assertThat(sql.inspect(text, 9).orElseThrow()).startsWith("p_event_time: TIMESTAMP")
                .contains("panther_logs.public.okta_systemlog");
        assertThat(sql.inspect(text, text.length() - 3).orElseThrow())
                .startsWith("panther_logs.public.okta_systemlog").contains("p_any_ip_addresses");
        assertThat(sql.inspect("SELECT 1 WHERE p_occurs_since('1 day')", 18).orElseThrow()).startsWith("p_occurs_since(offset");
    }

    @Test
    void afterADoubleColonTheTypesOfACastComplete() {
        String text = "SELECT actor:alternateId::str FROM okta_systemlog";
        int cursor = "SELECT actor:alternateId::str".length();

        Completion c = sql.complete(text, cursor).orElseThrow();

        assertThat(c.candidates()).containsExactly("string");
        assertThat(c.start()).isEqualTo(cursor - 3);
        assertThat(sql.complete("SELECT p_event_time::time", end("SELECT p_event_time::time")).orElseThrow().candidates())
                .containsExactly("timestamp", "timestamp_ntz", "timestamp_ltz", "time");
    }

    @Test
    void keysOfPathsStringsAndCommentsAreNotCompletedWithColumns() {
        String path = "SELECT actor:p_ev FROM okta_systemlog";
        assertThat(sql.complete(path, "SELECT actor:p_ev".length())).isEmpty();
        String afterDot = "SELECT client:geographicalContext.p_ FROM okta_systemlog";
        assertThat(sql.complete(afterDot, "SELECT client:geographicalContext.p_".length())).isEmpty();
        String literal = "SELECT * FROM okta_systemlog WHERE x = 'p_ev";
        assertThat(sql.complete(literal, end(literal))).isEmpty();
        String comment = "SELECT * FROM okta_systemlog -- p_ev";
        assertThat(sql.complete(comment, end(comment))).isEmpty();
        String code = "SELECT actor:alternateId::string, p_ev FROM okta_systemlog";
        assertThat(sql.complete(code, "SELECT actor:alternateId::string, p_ev".length()).orElseThrow().candidates())
                .contains("p_event_time");
    }

    @Test
    void shiftTabOnAPathKeyNamesTheColumnItReadsAndThatTheValueIsAVariant() {
        String text = "SELECT client:geographicalContext:country FROM okta_systemlog";
        int onKey = text.indexOf("country") + 2;

        assertThat(sql.inspect(text, onKey).orElseThrow())
                .startsWith("client:geographicalContext:country: VARIANT")
                .contains("a key of client, OBJECT, in panther_logs.public.okta_systemlog").contains("::string");
        assertThat(sql.inspect(text, text.indexOf("client") + 2).orElseThrow()).startsWith("client: OBJECT");
    }
}
