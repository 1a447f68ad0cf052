package dev.pantherkernel.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kernel reaches the {@code %panther} library through a few types only, so the library can change inside without
 * the kernel noticing. Read from the kernel's class files: every type a class names is in its constant pool as text
 * ({@code dev/pantherkernel/magics/table/Result}), whether the source imported it, spelled it out or only called a
 * method returning it.
 */
class LibrarySurfaceTest {

    /** The types the kernel may name, each with why it is part of the surface. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("PantherMagics", "runs lines and cells, completes and inspects magic text, describes errors"),
            Map.entry("assist/Completion", "what PantherMagics.complete returns"),
            Map.entry("session/PantherSession", "the connection and last result a notebook keeps"),
            Map.entry("session/NotebookHost", "what the kernel does for the library: variables, progress, prompts, warnings"),
            Map.entry("table/Result", "what commands return: a table and how it was made"),
            Map.entry("table/TableDisplay", "how much of a table to show: the session's %panther display, a result's --full"),
            Map.entry("lakechart/LakeChartResult", "what a chart aggregated in the data lake returns: a figure and its buckets"),
            Map.entry("entity/EntityReport", "what %panther entity returns: a summary, titled tables, a timeline figure, the queries"),
            Map.entry("connect/DemoProvider", "the built-in demo the kernel provides (found with ServiceLoader)"),
            Map.entry("connect/DemoSize", "how much data the demo is asked for"),
            Map.entry("memory/HeapWatch", "the session's heap watch: a Java cell that fills the heap is stopped by the same watch"),
            Map.entry("memory/HeapLevel", "how full the heap is, in the one line a stopped Java cell shows"),
            Map.entry("core/CellMagicText", "where a %% cell's magic line and body are: execution and completion read cells alike"));

    private static final Pattern LIBRARY_TYPE = Pattern.compile("dev/pantherkernel/magics/([A-Za-z0-9_/]+)");

    private static Map<String, Set<String>> usedBy;

    @BeforeAll
    static void readClassFiles() throws IOException, URISyntaxException {
        Path classes = Path.of(PantherKernel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        usedBy = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                // class names in a constant pool are ASCII; ISO-8859-1 keeps every other byte as one character
                Matcher m = LIBRARY_TYPE.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    String outer = m.group(1).split("\\$")[0];
                    usedBy.computeIfAbsent(outer, k -> new TreeSet<>()).add(classes.relativize(file).toString());
                }
            }
        }
    }

    @Test
    void readsTheLibraryTypesTheKernelUses() {
        assertThat(usedBy).containsKeys("PantherMagics", "session/PantherSession", "table/Result");
    }

    @Test
    void theKernelUsesTheLibraryThroughItsFacadeTheSessionTheResultsAndTheNotebookHostOnly() {
        Map<String, Set<String>> outside = new TreeMap<>(usedBy);
        outside.keySet().removeAll(ALLOWED.keySet());
        assertThat(outside).as("library types the kernel uses beyond its surface (type -> kernel classes)").isEmpty();
    }
}
