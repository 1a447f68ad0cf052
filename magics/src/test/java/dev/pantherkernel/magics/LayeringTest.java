package dev.pantherkernel.magics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of the library in layers, bottom first. A package may use packages of lower layers only; packages on
 * one layer do not use each other. The order follows the data: shared words, the wire and the result shape, GraphQL,
 * the connection, paging and the session, the data lake and charts, the features built on them, the Java API, the
 * commands (whose options take the API's enums), and
 * {@code PantherMagics} on top.
 */
class LayeringTest {

    private static final List<List<String>> LAYERS = List.of(
            List.of("core"),
            List.of("client", "table", "memory"),
            List.of("graphql", "replay", "redact"),
            List.of("connect"),
            List.of("paging", "session"),
            List.of("datalake", "duckdb", "chart"),
            List.of("local", "lakechart", "alerts", "export", "content"),
            List.of("entity"),
            List.of("api"),
            List.of("command"),
            List.of("assist"),
            List.of(ClassFileReferences.ROOT));

    private static Map<String, Set<String>> graph;

    @BeforeAll
    static void readClassFiles() throws Exception {
        graph = ClassFileReferences.packageGraph(classesRoot());
    }

    private static Path classesRoot() throws URISyntaxException {
        return Path.of(PantherMagics.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void readsThePackageReferencesTheCompilerLeftInTheClassFiles() {
        assertThat(graph.get("command")).contains("core", "session", "datalake");
        assertThat(graph.get(ClassFileReferences.ROOT)).contains("command");
    }

    @Test
    void everyPackageHasItsPlaceInTheLayers() {
        Set<String> placed = new HashSet<>();
        LAYERS.forEach(placed::addAll);
        assertThat(placed).as("packages named in LayeringTest.LAYERS").containsAll(graph.keySet());
    }

    @Test
    void noPackageUsesAPackageOfItsOwnLayerOrAbove() {
        Map<String, Integer> layerOf = new HashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String name : LAYERS.get(i)) {
                layerOf.put(name, i);
            }
        }
        List<String> upward = new ArrayList<>();
        graph.forEach((from, uses) -> uses.forEach(to -> {
            if (layerOf.getOrDefault(to, Integer.MAX_VALUE) >= layerOf.getOrDefault(from, -1)) {
                upward.add(from + " -> " + to);
            }
        }));
        assertThat(upward).as("package uses that point up or sideways").isEmpty();
    }

    @Test
    void packageUsesFormNoCycle() {
        List<String> cycles = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String start : graph.keySet()) {
            findCycles(start, new ArrayList<>(), done, cycles);
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    private static void findCycles(String at, List<String> path, Set<String> done, List<String> cycles) {
        int seen = path.indexOf(at);
        if (seen >= 0) {
            cycles.add(String.join(" -> ", path.subList(seen, path.size())) + " -> " + at);
            return;
        }
        if (!done.add(at)) {
            return;
        }
        path.add(at);
        for (String next : graph.getOrDefault(at, Set.of())) {
            findCycles(next, path, done, cycles);
        }
        path.remove(path.size() - 1);
    }
}
