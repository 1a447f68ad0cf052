package dev.pantherkernel.kernel.render;

import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import dev.pantherkernel.magics.lakechart.LakeChartResult;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.util.List;

/** Registers how the kernel shows tables and figures. */
public final class Renderers {

    private Renderers() {
    }

    public static void registerAll(Renderer renderer, FigureHtml figures) {
        renderer.createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((table, context) -> {
                    TableView view = TableView.of(table);
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.render(view, List.of(), List.of()));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableText.render(view, List.of(), List.of()));
                });
        renderer.createRegistration(Result.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((result, context) -> {
                    TableView view = TableView.of(result.table());
                    context.renderIfRequested(MIMEType.TEXT_HTML,
                            () -> TableHtml.render(view, result.footer(), result.warnings()));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN,
                            () -> TableText.render(view, result.footer(), result.warnings()));
                });
        renderer.createRegistration(Figure.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((figure, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> figures.render(figure));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> "[chart: open this notebook in Jupyter to see it]");
                });
        // the figure renders as any figure does; the data lake's facts go around it
        renderer.createRegistration(LakeChartResult.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((chart, context) -> {
                    Object figure = renderer.render(chart.figure()).getData(MIMEType.TEXT_HTML);
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> LakeChartHtml.above(chart)
                            + (figure == null ? "" : figure) + LakeChartHtml.below(chart));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, chart::toString);
                });
    }
}
