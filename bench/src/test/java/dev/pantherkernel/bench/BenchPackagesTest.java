package dev.pantherkernel.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks have one home, {@code dev.pantherkernel.bench}: none sits in a package of magics (a split package,
 * there only to reach package-private classes; {@code DataLakeSteps} is their public door to the engine).
 */
class BenchPackagesTest {

    private static final String HOME = "dev/pantherkernel/bench/";

    /** Every class file the bench module compiled (JMH's generated ones too), as paths under its classes directory. */
    private static List<String> benchClasses() throws IOException, URISyntaxException {
        Path root = Path.of(BenchSession.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/')).toList();
        }
    }

    @Test
    void findsTheBenchmarksClassFiles() throws Exception {
        assertThat(benchClasses()).contains(HOME + "BenchSession.class", HOME + "PageConversionBenchmark.class");
    }

    @Test
    void noClassOfTheBenchModuleSitsInAMagicsPackage() throws Exception {
        assertThat(benchClasses()).as("bench classes in a magics package")
                .noneMatch(name -> name.startsWith("dev/pantherkernel/magics/"));
    }

    @Test
    void everyClassOfTheBenchModuleLivesUnderDevPantherkernelBench() throws Exception {
        assertThat(benchClasses()).as("bench classes outside " + HOME).allMatch(name -> name.startsWith(HOME));
    }
}
