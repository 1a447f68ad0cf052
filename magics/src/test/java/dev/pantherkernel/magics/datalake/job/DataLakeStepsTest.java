package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.datalake.result.ResultsPage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's steps one at a time, as the benchmarks take them, against the emulator over HTTP. */
class DataLakeStepsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQL = "SELECT SEQ4() AS id, 'row ' || (SEQ4() % 7) AS label, SEQ4() / 4.0 AS quarter "
            + "FROM TABLE(GENERATOR(ROWCOUNT => 2500)) ORDER BY id";
    private static PantherClient client;

    @BeforeAll
    static void connect() {
        client = Sessions.demoToken(new RecordingHost()).connection().client();
    }

    private static List<byte[]> everyPage(DataLakeSteps steps, String id) {
        List<byte[]> pages = new ArrayList<>();
        String cursor = null;
        do {
            byte[] body = steps.page(id, cursor);
            pages.add(body);
            JsonNode info = readTree(body).path("data").path("dataLakeQuery").path("results").path("pageInfo");
            cursor = info.path("hasNextPage").asBoolean() ? info.path("endCursor").asText() : null;
        } while (cursor != null);
        return pages;
    }

    private static JsonNode readTree(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aStartedQueryIsAwaitedThenItsPagesOfPageSizeRowsComeAsBytes() {
        DataLakeSteps steps = new DataLakeSteps(client);

        String id = steps.start(SQL);
        QueryState state = steps.awaitSuccess(id, Backoff.polling(), Duration.ofSeconds(30));
        List<byte[]> pages = everyPage(steps, id);

        assertThat(state.status()).isEqualTo(QueryStatus.SUCCEEDED);
        assertThat(state.completedAt()).isNotNull();
        assertThat(pages).hasSize(3);
        assertThat(readTree(pages.get(0)).path("data").path("dataLakeQuery").path("results").path("edges"))
                .hasSize(DataLakeSteps.PAGE_SIZE);
    }

    @Test
    void pageBytesConvertedOneByOneMakeTheTableTheEngineMakes() throws Exception {
        DataLakeSteps steps = new DataLakeSteps(client);
        String id = steps.start(SQL);
        steps.awaitSuccess(id, Backoff.polling(), Duration.ofSeconds(30));

        DataLakeSteps.Conversion conversion = new DataLakeSteps.Conversion(id);
        List<Integer> rows = new ArrayList<>();
        for (byte[] page : everyPage(steps, id)) {
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
        DataLakeSteps steps = new DataLakeSteps(client);
        String id = steps.start(SQL);
        steps.awaitSuccess(id, Backoff.polling(), Duration.ofSeconds(30));
        List<byte[]> pages = everyPage(steps, id);
        DataLakeSteps.Conversion conversion = new DataLakeSteps.Conversion(id);
        conversion.add(pages.get(0));

        Object alone = conversion.readAlone(pages.get(1));

        assertThat(alone).isInstanceOf(ResultsPage.class);
        assertThat(((ResultsPage) alone).size()).isEqualTo(999);
        assertThat(conversion.rowCount()).isEqualTo(999);
    }
}
