package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.layers.LayeredPackages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The emulator's packages in layers, bottom first (the checks are {@link LayeredPackages}'). At the bottom the shared
 * words (the API's errors and times, faults, the SQL text the lake writes); then who may act (keys, users,
 * permissions) and paging; the two APIs' frameworks (GraphQL's schema, HTTP, REST); the areas of the API, each with
 * its store, GraphQL fields and REST resources; the data lake over them; the sample data that fills every store; the
 * packed demo; and {@code PantherEmulator} on top.
 */
class LayeringTest extends LayeredPackages {

    private static final List<List<String>> LAYERS = List.of(
            List.of("core", "faults", "datalake.sql"),
            List.of("auth", "paging", "datalake.snowflake"),
            List.of("http", "schema"),
            List.of("rest"),
            List.of("users", "apitokens", "alerts", "logschemas", "cloudaccounts", "sources"),
            List.of("content", "ai", "metrics"),
            List.of("actors", "bulk"),
            List.of("datalake"),
            List.of("data"),
            List.of("demo"),
            List.of(ROOT));

    LayeringTest() {
        super(PantherEmulator.class);
    }

    @Override
    protected List<List<String>> layers() {
        return LAYERS;
    }

    @Test
    void readsThePackageReferencesTheCompilerLeftInTheClassFiles() {
        assertThat(graph().get("datalake")).contains("datalake.snowflake", "paging", "auth");
        assertThat(graph().get(ROOT)).contains("datalake", "http", "demo");
    }
}
