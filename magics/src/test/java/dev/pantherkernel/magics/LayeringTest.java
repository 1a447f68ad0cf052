package dev.pantherkernel.magics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.layers.LayeredPackages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages of the library in layers, bottom first (the checks are {@link LayeredPackages}'). A package may use
 * packages of lower layers only; packages on one layer do not use each other. The order follows the data: shared
 * words, the wire, the result shape and Panther's enums ({@code values}, low so that the requests of the features take
 * them), GraphQL, the connection, paging and the session, the data lake and charts, the features built on them, the
 * Java API, the commands (whose options take the same enums), and {@code PantherMagics} on top.
 */
class LayeringTest extends LayeredPackages {

    private static final List<List<String>> LAYERS = List.of(
            List.of("core"),
            List.of("client", "table", "memory", "values"),
            List.of("graphql", "replay", "redact"),
            List.of("connect"),
            List.of("paging", "session"),
            List.of("datalake.sql", "duckdb", "chart"),
            List.of("datalake.catalog", "datalake.result"),
            List.of("datalake.job"),
            List.of("datalake", "datalake.indicator"),
            List.of("local", "lakechart", "alerts", "export", "content"),
            List.of("entity"),
            List.of("api"),
            List.of("command"),
            List.of("assist"),
            List.of(ROOT));

    LayeringTest() {
        super(PantherMagics.class);
    }

    @Override
    protected List<List<String>> layers() {
        return LAYERS;
    }

    @Test
    void readsThePackageReferencesTheCompilerLeftInTheClassFiles() {
        assertThat(graph().get("command")).contains("core", "session", "datalake", "datalake.catalog");
        assertThat(graph().get(ROOT)).contains("command");
    }
}
