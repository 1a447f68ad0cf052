package dev.pantherkernel.kernel.render;

import org.dflib.jjava.jupyter.kernel.display.Renderer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonParser;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import dev.pantherkernel.kernel.render.picture.ChartPicture;
import dev.pantherkernel.magics.lakechart.LakeChartResult;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.TableDisplay;
import dev.pantherkernel.magics.entity.EntityReport;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.util.List;
import java.util.function.Supplier;

/** Registers how the kernel shows tables and figures. */
public final class Renderers {

    private Renderers() {
    }

    private static final MIMEType PLOTLY = MIMEType.parse(FigureJson.MIME_TYPE);

    /**
     * @param display how much of a table to show (the session's {@code %panther display}), unless a result asks for
     *                itself ({@code --full})
     */
    public static void registerAll(Renderer renderer, FigureHtml figures, Supplier<TableDisplay> display) {
        renderer.createRegistration(Table.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((table, context) -> {
                    TableView view = TableView.of(table, display.get());
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> TableHtml.render(view, List.of(), List.of()));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> TableText.render(view, List.of(), List.of()));
                });
        renderer.createRegistration(Result.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((result, context) -> {
                    TableView view = TableView.of(result.table(), result.display().orElseGet(display));
                    context.renderIfRequested(MIMEType.TEXT_HTML,
                            () -> TableHtml.render(view, result.footer(), result.warnings()));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN,
                            () -> TableText.render(view, result.footer(), result.warnings()));
                });
        // an entity's report is HTML throughout: its timeline is drawn inside it, the same as a figure's HTML
        renderer.createRegistration(EntityReport.class)
                .preferring(MIMEType.TEXT_HTML)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((report, context) -> {
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> EntityReportHtml.render(report, display.get(),
                            report.timeline().map(FigureJson::of).map(json -> figures.render(json, ChartPicture.svg(json))).orElse("")));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, report::toString);
                });
        // the plotly mime type for the front ends with a plotly renderer (JupyterLab, Notebook 7, VS Code), which draw
        // it even in an untrusted notebook; HTML for the others (nbconvert and JupyterLab's HTML exports, the classic
        // Notebook), which holds a picture for pages that run no script; the picture alone for viewers that prefer
        // an image to HTML
        renderer.createRegistration(Figure.class)
                .preferring(PLOTLY, MIMEType.TEXT_HTML, MIMEType.IMAGE_SVG)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((figure, context) -> {
                    ObjectNode json = FigureJson.of(figure);
                    String picture = ChartPicture.svg(json);
                    context.renderIfRequested(PLOTLY, () -> JsonParser.parseString(json.toString()));
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> figures.render(json, picture));
                    context.renderIfRequested(MIMEType.IMAGE_SVG, () -> picture);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> "[chart: open this notebook in Jupyter to see it]");
                });
        // as a figure does, in every route; the data lake's facts go into plotly's JSON and its picture, and around the
        // HTML figure
        renderer.createRegistration(LakeChartResult.class)
                .preferring(PLOTLY, MIMEType.TEXT_HTML, MIMEType.IMAGE_SVG)
                .supporting(MIMEType.TEXT_PLAIN)
                .register((chart, context) -> {
                    ObjectNode json = FigureJson.of(chart.figure());
                    ObjectNode withFacts = LakeChartJson.withFacts(chart, json.deepCopy());
                    context.renderIfRequested(PLOTLY, () -> JsonParser.parseString(withFacts.toString()));
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> LakeChartHtml.above(chart)
                            + figures.render(json, ChartPicture.svg(json)) + LakeChartHtml.below(chart));
                    context.renderIfRequested(MIMEType.IMAGE_SVG, () -> ChartPicture.svg(withFacts));
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, chart::toString);
                });
    }
}
