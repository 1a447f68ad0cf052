package dev.pantherkernel.kernel.render;

import org.dflib.jjava.jupyter.kernel.BaseNotebookStatics;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import tech.tablesaw.plotly.components.Figure;

import java.io.File;

/**
 * Stands in for Tablesaw's {@code Plot.show} in cell code (calls are redirected to it when cells are loaded):
 * the original writes a file and opens a desktop browser, which fails in a kernel; this shows the figure in the
 * cell instead. The same static methods, so every overload a cell may call exists.
 */
public final class InlinePlot {

    private InlinePlot() {
    }

    public static void show(Figure figure) {
        BaseNotebookStatics.display(figure);
    }

    public static void show(Figure figure, String divName) {
        show(figure);
    }

    public static void show(Figure figure, File outputFile) {
        show(figure);
    }

    public static void show(Figure figure, String divName, File outputFile) {
        show(figure);
    }

    /** {@code Plot.show(html, file)} shows a whole page Tablesaw built; it is shown as HTML. */
    public static void show(String html, File outputFile) {
        DisplayData data = new DisplayData();
        data.putHTML(html);
        BaseKernel.notebookKernel().display(data);
    }
}
