package dev.pantherkernel.kernel.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantherkernel.kernel.render.picture.ChartPicture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A figure as HTML, for the pages that show HTML rather than plotly's mime type: nbconvert's and JupyterLab's HTML
 * exports, the classic Notebook, JupyterLab without the plotly renderer. Three parts, so that every page shows
 * something:
 * <ul>
 *   <li>the chart's picture (SVG, made in the kernel), shown where no script runs, and until plotly.js has drawn;</li>
 *   <li>a note, shown only where the page's HTML was sanitized (JupyterLab's Export As HTML asks whether to): the
 *       sanitizer drops the picture and the scripts, and the note says how to get the chart;</li>
 *   <li>the scripts that draw the chart with plotly.js (found as plotly-loader.js says, one of a notebook's charts
 *       carrying a copy, see {@link PlotlyCarrier}), with and without RequireJS.</li>
 * </ul>
 * The picture and the scripts sit in elements the export templates' own style sheets hide (JupyterLab's
 * {@code lm-mod-hidden}, the classic Notebook's {@code hidden}): a sanitized page, where they turn into their source
 * text, hides them; elsewhere the chart's own style shows the picture again and hides the note. The chart takes the
 * width of its output area and follows it, and takes its text and grid colours from JupyterLab's theme variables.
 */
public final class FigureHtml {

    /** The classes of the export templates' style sheets that hide an element (JupyterLab's, the classic Notebook's). */
    static final String HIDDEN = "lm-Widget lm-mod-hidden hidden";
    private static final String LOADER = resource("plotly-loader.js");
    private static final String CHART = resource("chart.js");
    private static final String STYLE = "<style>.panther-chart-output .panther-chart-picture.lm-mod-hidden"
            + "{display:block !important}.panther-chart-output .panther-chart-note{display:none}"
            + ".panther-chart-output .panther-chart-note{color:var(--jp-content-font-color2,#555);font-size:12px;margin:4px 0}"
            + "</style>";

    private final PlotlyJs plotly;
    private final PlotlyCarrier carrier;

    public FigureHtml(PlotlyJs plotly, PlotlyCarrier carrier) {
        this.plotly = plotly;
        this.carrier = carrier;
    }

    /** The chart, drawn from {@code figure} (plotly's JSON), with {@code picture} (its SVG) until it is. */
    public String render(ObjectNode figure, String picture) {
        // the div id ends up inside JavaScript identifiers, so no dashes
        String div = "panther" + UUID.randomUUID().toString().replace("-", "");
        String json = figure.toString().replace("</", "<\\/");
        String title = ChartPicture.title(figure);
        String script = CHART.replace("__LOADER__", loader()).replace("__NEUTRAL__", FigureJson.NEUTRAL_TEXT)
                .replace("__DIV__", div).replace("__FIGURE__", json);
        return "<div class=\"panther-chart-output\">"
                + "<div id=\"" + div + "\" class=\"panther-chart\" style=\"width:100%\">"
                + "<div class=\"panther-chart-picture " + HIDDEN + "\">" + STYLE + picture + "</div></div>\n"
                // a div, not a p: nbconvert's sanitizer keeps divs (with their classes) and escapes a p
                + "<div class=\"panther-chart-note\">" + Html.escape(sanitizedNote(title)) + "</div>\n"
                + "<div class=\"panther-chart-code " + HIDDEN + "\">"
                + carried()
                + "<script>\n" + script + "</script></div></div>";
    }

    /** What a sanitized page shows in place of the chart (the picture and the scripts are gone there). */
    private static String sanitizedNote(String title) {
        return "Chart" + (title.isBlank() ? "" : " \u201c" + title.strip() + "\u201d") + ": not shown, because this "
                + "page's HTML was sanitized. Export the notebook without sanitizing (untick \u201cSanitize HTML output\u201d in "
                + "JupyterLab's Export As HTML), or with: jupyter nbconvert --to html --no-input NOTEBOOK.ipynb";
    }

    /** The script that brings this notebook's copy of plotly.js; empty without a local copy. */
    private String carried() {
        return plotly.compressed().filter(gzip -> carrier.takeTurn())
                .map(gzip -> "<script class=\"panther-plotly\" data-version=\"" + PlotlyJs.VERSION + "\">\n(function () {\n"
                        + loader() + "shared.carry('" + gzip + "');\n})();\n</script>")
                .orElse("");
    }

    private String loader() {
        return LOADER.replace("__CDN__", plotly.cdnUrlWithoutJs());
    }

    private static String resource(String name) {
        try (InputStream in = FigureHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the kernel jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
