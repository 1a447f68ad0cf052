package dev.pantherkernel.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.layers.MarkedSurface;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PublicApi;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kernel and a notebook's Java cells reach the {@code %panther} library through its surface only, the types marked
 * {@link PublicApi}, so the library can change inside without the kernel or a notebook noticing. What the kernel names
 * is read from its class files: every type a class names is in its constant pool as text
 * ({@code dev/pantherkernel/magics/table/Result}), whether the source imported it, spelled it out or only called a
 * method returning it. What a notebook can name without an import is what {@link StartupImports} imports. The kernel
 * itself keeps to a few types of the surface, listed here.
 */
class LibrarySurfaceTest {

    private static final String LIBRARY = "dev.pantherkernel.magics";

    /**
     * The types the kernel itself may name, each with why: a few of the surface, since the rest of it is for notebooks
     * and bench. Relative to {@link #LIBRARY}.
     */
    private static final Map<String, String> KERNEL_USES = Map.ofEntries(
            Map.entry("PantherMagics", "runs lines and cells, completes and inspects magic text, describes errors"),
            Map.entry("assist.Completion", "what PantherMagics.complete returns"),
            Map.entry("session.PantherSession", "the connection and last result a notebook keeps"),
            Map.entry("session.NotebookHost", "what the kernel does for the library: variables, progress, prompts, warnings"),
            Map.entry("table.Result", "what commands return: a table and how it was made"),
            Map.entry("table.TableDisplay", "how much of a table to show: the session's %panther display, a result's --full"),
            Map.entry("lakechart.LakeChartResult", "what a chart aggregated in the data lake returns: a figure and its buckets"),
            Map.entry("entity.EntityReport", "what %panther entity returns: a summary, titled tables, a timeline figure, the queries"),
            Map.entry("connect.DemoProvider", "the built-in demo the kernel provides (found with ServiceLoader)"),
            Map.entry("connect.DemoSize", "how much data the demo is asked for"),
            Map.entry("memory.HeapWatch", "the session's heap watch: a Java cell that fills the heap is stopped by the same watch"),
            Map.entry("memory.HeapLevel", "how full the heap is, in the one line a stopped Java cell shows"),
            Map.entry("core.CellMagicText", "where a %% cell's magic line and body are: execution and completion read cells alike"));

    /**
     * Internal types the surface's public members still take, each with why; a notebook cannot name them without an
     * import, but it can call the members. Relative to {@link #LIBRARY}.
     */
    private static final Map<String, String> HANDED_OUT_PENDING = Map.of(
            "redact.Redaction", "LakeChartResult.redacted and EntityReport.redacted take the session's redaction, for api and command to"
                    + " apply it; to move off the result types (issue 29)");

    /** An import of the library: static or not, a type, a package ({@code .*}) or a type's members. */
    private static final Pattern LIBRARY_IMPORT = Pattern.compile("import (static )?(" + Pattern.quote(LIBRARY) + "\\.[\\w.]+?)(\\.\\*)?;");

    private static Map<String, Set<String>> usedByTheKernel;
    private static Path libraryClasses;

    @BeforeAll
    static void readClassFiles() throws Exception {
        usedByTheKernel = MarkedSurface.namedTypes(MarkedSurface.classesRootOf(PantherKernel.class), LIBRARY);
        libraryClasses = MarkedSurface.classesRootOf(PantherMagics.class);
    }

    /** The library types the startup imports let a cell name: every public type of a package imported with {@code .*}. */
    private static Set<String> importedByEveryNotebook() throws Exception {
        Set<String> types = new TreeSet<>();
        for (String line : StartupImports.all()) {
            Matcher m = LIBRARY_IMPORT.matcher(line);
            if (!m.matches()) {
                continue;
            }
            boolean isStatic = m.group(1) != null;
            boolean star = m.group(3) != null;
            String name = m.group(2);
            if (isStatic && !star) {
                types.add(name.substring(0, name.lastIndexOf('.')));
            } else if (!isStatic && star) {
                types.addAll(MarkedSurface.publicTypes(libraryClasses, name));
            } else {
                types.add(name);
            }
        }
        return types;
    }

    @Test
    void readsTheLibraryTypesTheKernelUses() {
        assertThat(usedByTheKernel).containsKeys(LIBRARY + ".PantherMagics", LIBRARY + ".session.PantherSession",
                LIBRARY + ".table.Result");
    }

    @Test
    void theKernelNamesOnlyTypesOfTheLibrarysPublicApi() {
        assertThat(MarkedSurface.notCarrying(usedByTheKernel.keySet(), PublicApi.class, PublicApi.class, Internal.class))
                .as("library types the kernel names that are not @PublicApi (type -> its marks)").isEmpty();
    }

    @Test
    void theKernelUsesTheLibraryThroughItsFacadeTheSessionTheResultsAndTheNotebookHostOnly() {
        Map<String, Set<String>> outside = new TreeMap<>(usedByTheKernel);
        KERNEL_USES.keySet().forEach(type -> outside.remove(LIBRARY + "." + type));
        assertThat(outside).as("library types the kernel uses beyond its list (type -> kernel classes)").isEmpty();
    }

    @Test
    void readsTheLibraryTypesTheStartupImportsBringIntoEveryNotebook() throws Exception {
        assertThat(importedByEveryNotebook()).contains(LIBRARY + ".api.Panther", LIBRARY + ".values.Severity",
                LIBRARY + ".values.AlertStatus", LIBRARY + ".values.Permission", LIBRARY + ".table.Result",
                LIBRARY + ".chart.ChartKind");
    }

    @Test
    void theStartupImportsBringOnlyTypesOfTheLibrarysPublicApiIntoANotebook() throws Exception {
        assertThat(MarkedSurface.notCarrying(importedByEveryNotebook(), PublicApi.class, PublicApi.class, Internal.class))
                .as("library types every notebook can name that are not @PublicApi (type -> its marks)").isEmpty();
    }

    @Test
    void readsTheLibraryTypesTheImportedTypesHandToANotebook() throws Exception {
        assertThat(MarkedSurface.namedBySignatures(importedByEveryNotebook(), LIBRARY))
                .contains(LIBRARY + ".api.AlertsQuery", LIBRARY + ".connect.Connection", LIBRARY + ".entity.EntityReport");
    }

    @Test
    void theImportedTypesHandANotebookOnlyTypesOfTheLibrarysPublicApi() throws Exception {
        Set<String> handed = MarkedSurface.namedBySignatures(importedByEveryNotebook(), LIBRARY);
        HANDED_OUT_PENDING.keySet().forEach(type -> handed.remove(LIBRARY + "." + type));
        assertThat(MarkedSurface.notCarrying(handed, PublicApi.class, PublicApi.class, Internal.class))
                .as("library types the imported types' public members take or give that are not @PublicApi (type -> its marks)")
                .isEmpty();
    }
}
