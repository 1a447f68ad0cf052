package dev.pantherkernel.magics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.layers.MarkedSurface;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PublicApi;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Public means something in the library: every public top-level type says whether it is the surface the kernel,
 * bench and notebooks use ({@link PublicApi}) or public only for another package of the library ({@link Internal}),
 * and an internal type is one another package does use. The kernel's {@code LibrarySurfaceTest} and bench's
 * {@code BenchSurfaceTest} keep code outside the library on the surface; the last test here shows that their check
 * catches what it should.
 */
class PublicSurfaceTest {

    private static final String LIBRARY = "dev.pantherkernel.magics";


    private static Path mainClasses;
    private static Path testClasses;

    @BeforeAll
    static void findClassFiles() throws Exception {
        mainClasses = MarkedSurface.classesRootOf(PantherMagics.class);
        testClasses = MarkedSurface.classesRootOf(PublicSurfaceTest.class);
    }

    private static String packageOf(String type) {
        return type.substring(0, type.lastIndexOf('.'));
    }

    private static Set<String> markedPublicTypes() throws Exception {
        return new TreeSet<>(MarkedSurface.publicTypes(mainClasses, LIBRARY));
    }

    @Test
    void everyPublicTypeOfTheLibraryCarriesExactlyOneOfPublicApiAndInternal() throws Exception {
        Set<String> types = markedPublicTypes();
        assertThat(types).contains(LIBRARY + ".PantherMagics", LIBRARY + ".api.Panther", LIBRARY + ".core.Suggestions");
        Map<String, Set<String>> wrong = new TreeMap<>();
        for (String type : types) {
            Set<String> marks = MarkedSurface.marksOf(type, PublicApi.class, Internal.class);
            if (marks.size() != 1) {
                wrong.put(type, marks);
            }
        }
        assertThat(wrong).as("public types with no mark or both (type -> marks)").isEmpty();
    }

    @Test
    void fewerThanHalfOfTheLibrarysTopLevelTypesArePublic() throws Exception {
        Set<String> all = MarkedSurface.topLevelTypes(mainClasses, LIBRARY);
        Set<String> open = markedPublicTypes();
        assertThat(all).containsAll(open).contains(LIBRARY + ".PantherMagics");
        assertThat(open.size() * 2).as("public top-level types (%d of %d): a type only its package uses is package-private",
                open.size(), all.size()).isLessThan(all.size());
    }

    @Test
    void anInternalTypeIsNamedByAnotherPackageOfTheLibraryOrOfItsTests() throws Exception {
        Map<String, Set<String>> named = new TreeMap<>(MarkedSurface.namedTypes(mainClasses, LIBRARY));
        MarkedSurface.namedTypes(testClasses, LIBRARY).forEach((type, by) -> named.merge(type, by, (a, b) -> {
            Set<String> both = new TreeSet<>(a);
            both.addAll(b);
            return both;
        }));
        Set<String> ownPackageOnly = new TreeSet<>();
        for (String type : markedPublicTypes()) {
            String own = packageOf(type).replace('.', '/') + "/";
            boolean namedOutside = named.getOrDefault(type, Set.of()).stream()
                    .anyMatch(file -> !file.replace('\\', '/').startsWith(own) || file.substring(own.length()).contains("/"));
            if (!namedOutside && MarkedSurface.marksOf(type, Internal.class).size() == 1) {
                ownPackageOnly.add(type);
            }
        }
        assertThat(ownPackageOnly).as("@Internal types only their own package names: make them package-private").isEmpty();
    }

    @Test
    void theGateReportsTheInternalAndTheUnmarkedTypesThatCodeOutsideTheLibraryNames() throws Exception {
        Map<String, Set<String>> named = MarkedSurface.namedTypes(testClasses.resolve("dev/pantherkernel/surfacefixture"), LIBRARY);
        assertThat(named).containsKeys(LIBRARY + ".table.Result", LIBRARY + ".core.Suggestions",
                LIBRARY + ".surfacefixture.UnmarkedType");

        assertThat(MarkedSurface.notCarrying(named.keySet(), PublicApi.class, PublicApi.class, Internal.class))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        LIBRARY + ".core.Suggestions", "@Internal",
                        LIBRARY + ".surfacefixture.UnmarkedType", "no mark"));
    }
}
