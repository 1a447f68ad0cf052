package dev.pantherkernel.magics.assist;

import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL completion over real HTTP against an emulator that names databases as Panther does ({@code panther_logs.public})
 * and columns as Snowflake returns them ({@code EVENTTYPE}): the other commands' side of this is the realistic
 * package's {@code DataLakeNamesTest}.
 */
class SqlAssistOnPanthersNamesTest {

    private final PantherSession session = SharedEmulator.session(SharedEmulator.realistic(), new RecordingHost());

    @Test
    void sqlCompletionOffersTablesUnderEitherDatabaseNameAndColumnsInAnyCase() {
        SqlAssist sql = new SqlAssist(DataLakeCatalog.of(session.connection()), "panther_logs.public");

        String qualified = "SELECT * FROM panther_logs.public.okt";
        Completion tables = sql.complete(qualified, qualified.length()).orElseThrow();
        String upper = "SELECT P_EV FROM okta_systemlog";
        Completion columns = sql.complete(upper, "SELECT P_EV".length()).orElseThrow();

        assertThat(tables.candidates()).containsExactly("panther_logs.public.okta_systemlog");
        assertThat(columns.candidates()).contains("p_event_time");
        assertThat(sql.inspect("SELECT * FROM OKTA_SYSTEMLOG", 16)).get().asString()
                .startsWith("panther_logs.public.okta_systemlog");
    }
}
