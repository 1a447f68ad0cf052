package dev.pantherkernel.kernel;

import java.util.List;

/**
 * What every notebook can use without importing it. JShell takes them as one snippet ({@link #asOneSnippet()}): it
 * puts an import snippet's text as it is into the code it compiles, so all of them count, at the cost of one
 * compilation instead of one each ({@code JShellWarmUpTest} holds that).
 */
final class StartupImports {

    private StartupImports() {
    }

    /** The imports as the text of one import snippet. */
    static String asOneSnippet() {
        return String.join("\n", all());
    }

    static List<String> all() {
        return List.of(
                "import java.util.*;",
                "import java.util.function.*;",
                "import java.util.stream.*;",
                "import java.time.*;",
                "import java.time.format.*;",
                "import java.time.temporal.ChronoUnit;",
                "import java.io.*;",
                "import java.math.*;",
                "import java.nio.file.*;",
                "import tech.tablesaw.api.*;",
                "import tech.tablesaw.columns.Column;",
                "import tech.tablesaw.selection.Selection;",
                "import tech.tablesaw.aggregate.AggregateFunctions;",
                "import tech.tablesaw.plotly.Plot;",
                "import tech.tablesaw.plotly.api.*;",
                "import tech.tablesaw.plotly.components.*;",
                "import dev.pantherkernel.magics.api.*;",
                "import dev.pantherkernel.magics.values.*;",
                "import dev.pantherkernel.magics.table.Result;",
                "import dev.pantherkernel.magics.chart.ChartKind;",
                "import dev.pantherkernel.magics.chart.Aggregation;",
                "import dev.pantherkernel.magics.lakechart.LakeChartResult;",
                "import static dev.pantherkernel.magics.values.Severity.*;",
                "import static dev.pantherkernel.magics.values.AlertStatus.*;",
                "import static org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.display;",
                "import static org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.render;",
                "import static org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.updateDisplay;");
    }
}
