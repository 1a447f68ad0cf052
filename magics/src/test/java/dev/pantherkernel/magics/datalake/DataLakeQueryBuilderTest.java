package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.datalake.job.Partitions;
import dev.pantherkernel.magics.datalake.sql.PreparedSql;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link DataLakeQuery}'s builder: {@code newDataLakeQuery()} to build one, {@code transform} for a changed copy. */
class DataLakeQueryBuilderTest {

    private static final String SQL = "SELECT p_row_id FROM panther_logs.public.okta_systemlog "
            + "WHERE p_occurs_since('1 day') AND client:ipAddress::string = {ip}";
    private static Connection connection;

    @BeforeAll
    static void connect() {
        connection = Sessions.demoToken(new RecordingHost()).connection();
    }

    @Test
    void aBuiltQueryPreparesTheSqlItsSettingsSay() {
        PreparedSql prepared = DataLakeQuery.newDataLakeQuery().connection(connection).sql(SQL).bind("ip", "203.0.113.9")
                .limit(5).partitions(Partitions.WHOLE).build().prepare();

        assertThat(prepared.sql()).contains("= '203.0.113.9'").endsWith("\nLIMIT 5");
        assertThat(prepared.database()).isEqualTo("panther_logs");
        assertThat(prepared.partitions()).isEmpty();
    }

    @Test
    void transformChangesACopyAndLeavesTheQueryItStartedFromAsItWas() {
        DataLakeQuery first = DataLakeQuery.sql(connection, SQL).bind("ip", "203.0.113.9").partitions(Partitions.WHOLE);

        DataLakeQuery second = first.transform(b -> b.limit(7).bind("ip", "198.51.100.4"));

        assertThat(second.prepare().sql()).contains("= '198.51.100.4'").endsWith("\nLIMIT 7");
        assertThat(first.prepare().sql()).contains("= '203.0.113.9'").doesNotContain("LIMIT");
    }

    @Test
    void aNullBindingIsRefusedWhereItIsMadeWithWhatToWriteInstead() {
        assertThatThrownBy(() -> DataLakeQuery.sql(connection, SQL).transform(b -> b.bind("ip", null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("write NULL in the SQL instead");
    }
}
