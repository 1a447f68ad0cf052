package dev.pantherkernel.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The checks of a module's {@code LayeringTest}: its packages in layers, bottom first. A package may use packages of
 * lower layers only; packages on one layer do not use each other; no package is left out of the layers. A module's
 * test extends this with its layers and one class of its main code, whose package is the base of the others.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LayeredPackages {
    /** The base package itself, as {@link #layers()} names it. */
    protected static final String ROOT = ClassFileReferences.ROOT;

    private final Class<?> topClass;
    private Map<String, Set<String>> graph;

    /** {@code topClass}: a class of the module's main code in its base package. */
    protected LayeredPackages(Class<?> topClass) {
        this.topClass = topClass;
    }

    /** Package names relative to the base package ({@code datalake.snowflake}), bottom layer first. */
    protected abstract List<List<String>> layers();

    /** Package to the packages of the module it uses, read from the compiled classes. */
    protected final Map<String, Set<String>> graph() {
        return graph;
    }

    @BeforeAll
    void readClassFiles() throws Exception {
        Path classesRoot = Path.of(topClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        graph = ClassFileReferences.packageGraph(classesRoot, topClass.getPackageName());
    }

    @Test
    void everyPackageHasItsPlaceInTheLayers() {
        Set<String> placed = new HashSet<>();
        layers().forEach(placed::addAll);
        assertThat(placed).as("packages named in %s's layers", getClass().getSimpleName()).containsAll(graph.keySet());
    }

    @Test
    void noPackageUsesAPackageOfItsOwnLayerOrAbove() {
        Map<String, Integer> layerOf = new HashMap<>();
        for (int i = 0; i < layers().size(); i++) {
            for (String name : layers().get(i)) {
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

    private void findCycles(String at, List<String> path, Set<String> done, List<String> cycles) {
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
