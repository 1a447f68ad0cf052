package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.client.Backoff;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.testing.DataLakePages;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine's steps one at a time, as the benchmarks take them, against the emulator over HTTP. */
class DataLakeStepsTest {

    private static final String SQL = DataLakePages.SQL;
    private static PantherClient client;

    @BeforeAll
    static void connect() {
        client = Sessions.demoToken(new RecordingHost()).connection().client();
    }

    @Test
    void aStartedQueryIsAwaitedThenItsPagesOfPageSizeRowsComeAsBytes() {
        DataLakeSteps steps = new DataLakeSteps(client);

        String id = steps.start(SQL);
        QueryState state = steps.awaitSuccess(id, Backoff.polling(), Duration.ofSeconds(30));
        List<byte[]> pages = DataLakePages.every(steps, id);

        assertThat(state.status()).isEqualTo(QueryStatus.SUCCEEDED);
        assertThat(state.completedAt()).isNotNull();
        assertThat(pages).hasSize(3);
        assertThat(DataLakePages.readTree(pages.get(0)).path("data").path("dataLakeQuery").path("results").path("edges"))
                .hasSize(DataLakeSteps.PAGE_SIZE);
    }
}
