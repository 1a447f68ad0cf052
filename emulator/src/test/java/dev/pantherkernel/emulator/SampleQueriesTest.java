package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.content.SavedQuery;
import dev.pantherkernel.emulator.data.SampleDirectory;
import dev.pantherkernel.emulator.data.SampleQueries;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's saved and scheduled queries are SQL its data lake runs. */
class SampleQueriesTest {

    @Test
    void everySampleSavedQueryRunsInTheDataLake() {
        Instant now = Instant.now();
        List<SavedQuery> queries = SampleQueries.all(now, SampleDirectory.users(7, now));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(8);
        try (PantherEmulator emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.05).build())) {
            DataLakeClient lake = new DataLakeClient(new ApiClient(emulator.url(), emulator.token()));
            for (SavedQuery query : queries) {
                JsonNode done = lake.await(lake.execute(query.sql(), null));
                assertThat(done.path("status").asText()).as("%s: %s", query.name(), done.path("message").asText())
                        .isEqualTo("succeeded");
            }
        }
    }
}
