package dev.pantherkernel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.layers.MarkedSurface;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PublicApi;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks drive the library through its surface, the types marked {@link PublicApi}, read from bench's class
 * files (JMH's generated classes too) as the kernel's {@code LibrarySurfaceTest} reads the kernel's.
 */
class BenchSurfaceTest {

    private static final String LIBRARY = "dev.pantherkernel.magics";


    private static Map<String, Set<String>> usedByBench;

    @BeforeAll
    static void readClassFiles() throws Exception {
        usedByBench = new TreeMap<>(MarkedSurface.namedTypes(MarkedSurface.classesRootOf(BenchSession.class), LIBRARY));
    }

    @Test
    void readsTheLibraryTypesTheBenchmarksUse() {
        assertThat(usedByBench).containsKeys(LIBRARY + ".session.PantherSession", LIBRARY + ".client.PantherClient");
    }

    @Test
    void theBenchmarksNameOnlyTypesOfTheLibrarysPublicApi() {
        assertThat(MarkedSurface.notCarrying(usedByBench.keySet(), PublicApi.class, PublicApi.class, Internal.class))
                .as("library types bench names that are not @PublicApi (type -> its marks)").isEmpty();
    }
}
