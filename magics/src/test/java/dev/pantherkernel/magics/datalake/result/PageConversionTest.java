package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.client.Backoff;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.datalake.job.DataLakeSteps;
import dev.pantherkernel.magics.testing.DataLakePages;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Page bytes into columns one page at a time, as the benchmarks take them: pages fetched from the emulator over HTTP. */
class PageConversionTest {

    private static final String SQL = DataLakePages.SQL;

    @Test
    void pageBytesConvertedOneByOneMakeTheTableTheEngineMakes() throws Exception {
        DataLakeSteps steps = DataLakePages.steps();
        String id = steps.start(SQL);
        steps.awaitSuccess(id, Backoff.polling(), Duration.ofSeconds(30));

        PageConversion conversion = new PageConversion(id);
        List<Integer> rows = new ArrayList<>();
        for (byte[] page : DataLakePages.every(steps, id)) {
            rows.add(conversion.add(page));
        }
        Table converted = conversion.table("sql");
        Table engine = DataLakeQuery.sql(Sessions.demoToken(new RecordingHost()).connection(), SQL).fetch().table();

        assertThat(rows).containsExactly(999, 999, 502);
        assertThat(conversion.rowCount()).isEqualTo(2500);
        assertThat(steps.pageAll(id)).isEqualTo(2500);
        assertThat(converted.columnNames()).isEqualTo(engine.columnNames());
        for (int c = 0; c < engine.columnCount(); c++) {
            assertThat(converted.column(c).type()).as(engine.column(c).name()).isEqualTo(engine.column(c).type());
            assertThat(converted.column(c).asList()).as(engine.column(c).name()).isEqualTo(engine.column(c).asList());
        }
    }

    @Test
    void aPageReadAloneIsReadIntoColumnsButNotAddedToTheResult() throws Exception {
        DataLakeSteps steps = DataLakePages.steps();
        String id = steps.start(SQL);
        steps.awaitSuccess(id, Backoff.polling(), Duration.ofSeconds(30));
        List<byte[]> pages = DataLakePages.every(steps, id);
        PageConversion conversion = new PageConversion(id);
        conversion.add(pages.get(0));

        Object alone = conversion.readAlone(pages.get(1));

        assertThat(alone).isInstanceOf(ResultsPage.class);
        assertThat(((ResultsPage) alone).size()).isEqualTo(999);
        assertThat(conversion.rowCount()).isEqualTo(999);
    }
}
