package dev.pantherkernel.kernel.render;

import tech.tablesaw.plotly.components.Figure;

import java.util.UUID;

/**
 * A Tablesaw figure as HTML that draws itself in a browser with plotly.js, in the classic Notebook and nbconvert
 * pages (which have RequireJS, where a plain script tag leaves {@code window.Plotly} undefined) and in JupyterLab
 * and VS Code (which do not).
 */
public final class FigureHtml {

    private final PlotlyJs plotly;

    public FigureHtml(PlotlyJs plotly) {
        this.plotly = plotly;
    }

    public String render(Figure figure) {
        // the div id ends up inside JavaScript identifiers, so no dashes
        String div = "panther" + UUID.randomUUID().toString().replace("-", "");
        String drawing = stripScriptTags(figure.asJavascript(div));
        return "<div id=\"" + div + "\" class=\"panther-chart\"></div>\n"
                + plotly.inlineLibraryOnce()
                + "<script>\n(function () {\n"
                + "function draw(Plotly) {\n" + drawing.replace("</script", "<\\/script") + "\n}\n"
                + "if (window.Plotly) { draw(window.Plotly); return; }\n"
                + "var url = '" + plotly.cdnUrlWithoutJs() + "';\n"
                + "if (typeof window.requirejs === 'function') {\n"
                + "  window.requirejs.config({paths: {plotly: url}});\n"
                + "  window.requirejs(['plotly'], draw);\n"
                + "  return;\n"
                + "}\n"
                + "var script = document.createElement('script');\n"
                + "script.src = url + '.js';\n"
                + "script.onload = function () { draw(window.Plotly); };\n"
                + "document.head.appendChild(script);\n"
                + "})();\n</script>";
    }

    private static String stripScriptTags(String javascript) {
        String js = javascript.strip();
        int open = js.indexOf("<script");
        if (open >= 0) {
            js = js.substring(js.indexOf('>', open) + 1);
        }
        int close = js.lastIndexOf("</script>");
        if (close >= 0) {
            js = js.substring(0, close);
        }
        return js;
    }
}
