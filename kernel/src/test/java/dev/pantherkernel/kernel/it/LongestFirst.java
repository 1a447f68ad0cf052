package dev.pantherkernel.kernel.it;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order in which the integration test classes start on failsafe's two workers: the longest first on both, so that
 * the two finish together instead of one running a long class alone at the end. JUnit forks the classes in this order;
 * one worker steals from the front and the other runs from the back, so the longest go to both ends and the shortest
 * to the middle. The seconds are those CI measured (a class not listed counts as short); they only order the classes.
 */
public final class LongestFirst implements ClassOrderer {

    /** Seconds per class in CI on a 2-core machine (f49b4de, 2026-12-07), two classes at a time. */
    private static final Map<String, Integer> SECONDS = Map.ofEntries(
            Map.entry("ExampleNotebooksIT", 235), Map.entry("ReplayExamplesIT", 193), Map.entry("JupyterLabBrowserIT", 184),
            Map.entry("SecretLeakIT", 169), Map.entry("InstallScriptIT", 164), Map.entry("KernelSurvivalIT", 59), Map.entry("RedactionIT", 55),
            Map.entry("ConcurrentQueriesIT", 42), Map.entry("LongSessionIT", 33), Map.entry("ParameterizedRunIT", 33),
            Map.entry("PantherMagicsIT", 23), Map.entry("ProtocolConformanceIT", 22), Map.entry("RealisticPantherIT", 19),
            Map.entry("JavaCellsIT", 17), Map.entry("AnalystDayIT", 15), Map.entry("MagicsIT", 13),
            Map.entry("JupyterToolsIT", 11));

    @Override
    public void orderClasses(ClassOrdererContext context) {
        List<ClassDescriptor> byLength = new ArrayList<>(context.getClassDescriptors());
        byLength.sort(Comparator.comparingInt(LongestFirst::seconds).reversed()
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
        // the 1st, 3rd, 5th longest from the front; the 2nd, 4th, 6th from the back
        Map<ClassDescriptor, Integer> place = new HashMap<>();
        int size = byLength.size();
        for (int i = 0; i < size; i++) {
            place.put(byLength.get(i), i % 2 == 0 ? i / 2 : size - 1 - i / 2);
        }
        context.getClassDescriptors().sort(Comparator.comparingInt(place::get));
    }

    private static int seconds(ClassDescriptor descriptor) {
        return SECONDS.getOrDefault(descriptor.getTestClass().getSimpleName(), 0);
    }
}
