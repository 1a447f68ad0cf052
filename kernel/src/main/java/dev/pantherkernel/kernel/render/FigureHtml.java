package dev.pantherkernel.kernel.render;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.UUID;

/**
 * A figure as HTML that draws itself with plotly.js, for the front ends that show HTML rather than the plotly mime
 * type: the classic Notebook, nbconvert pages, JupyterLab without the plotly renderer. One script, with and without
 * RequireJS (the classic Notebook and nbconvert pages have it, and there a plain script tag leaves
 * {@code window.Plotly} undefined).
 *
 * <p>Where plotly.js comes from, first found: a copy already on the page; the one inlined in this session's first
 * chart when the front end cannot fetch it (nbconvert, see {@link PlotlyJs}); the copy beside the kernel, which a
 * Jupyter server hands out at {@code kernelspecs/panther/plotly.min.js}; plotly's CDN. The chart takes the width
 * of its output area and follows it, and takes its text and grid colours from JupyterLab's theme variables, again
 * when the theme changes.
 */
public final class FigureHtml {

    private static final String CHART_SCRIPT = """
            (function () {
            var div = document.getElementById('%1$s');
            var figure = %2$s;
            var NEUTRAL = '%3$s';
            function css(name, fallback) {
              var v = window.getComputedStyle(div).getPropertyValue(name);
              return v && v.trim() ? v.trim() : fallback;
            }
            function themed(layout) {
              var text = css('--jp-ui-font-color1', '#2a2a2a'), grid = css('--jp-border-color2', '#e0e0e0');
              var out = JSON.parse(JSON.stringify(layout));
              if (out.font && out.font.color === NEUTRAL) { out.font.color = text; }
              Object.keys(out).forEach(function (k) {
                if (/^[xy]axis\\d*$/.test(k) && out[k] && out[k].gridcolor && out[k].gridcolor.indexOf('128,128,128') >= 0) {
                  out[k].gridcolor = grid; out[k].zerolinecolor = grid;
                }
              });
              return out;
            }
            function draw(Plotly) {
              Plotly.newPlot(div, figure.data, themed(figure.layout), figure.config);
              if (window.ResizeObserver) {
                new ResizeObserver(function () { if (div.offsetWidth > 0) { Plotly.Plots.resize(div); } }).observe(div);
              }
              if (window.MutationObserver && document.body) {
                new MutationObserver(function () { Plotly.relayout(div, themed(figure.layout)); })
                  .observe(document.body, {attributes: true, attributeFilter: ['data-jp-theme-light', 'data-jp-theme-name']});
              }
            }
            if (window.Plotly) { draw(window.Plotly); return; }
            var sources = [];
            var config = document.getElementById('jupyter-config-data');
            var base = document.body && document.body.getAttribute('data-base-url');
            try { base = config ? JSON.parse(config.textContent).baseUrl : base; } catch (e) { }
            if (base && location.protocol.indexOf('http') === 0) { sources.push(base.replace(/\\/?$/, '/') + 'kernelspecs/panther/plotly.min'); }
            sources.push('%4$s');
            if (typeof window.requirejs === 'function') {
              window.requirejs.config({paths: {plotly: sources}});
              window.requirejs(['plotly'], draw);
              return;
            }
            window.pantherPlotly = window.pantherPlotly || new Promise(function (resolve, reject) {
              (function next(i) {
                if (i >= sources.length) { reject(new Error('plotly.js could not be loaded')); return; }
                var script = document.createElement('script');
                script.src = sources[i] + '.js';
                script.onload = function () { resolve(window.Plotly); };
                script.onerror = function () { next(i + 1); };
                document.head.appendChild(script);
              })(0);
            });
            window.pantherPlotly.then(draw);
            })();
            """;

    private final PlotlyJs plotly;

    public FigureHtml(PlotlyJs plotly) {
        this.plotly = plotly;
    }

    /** The chart; {@code selfContained} when the page will have no Jupyter server to fetch plotly.js from. */
    public String render(ObjectNode figure, boolean selfContained) {
        // the div id ends up inside JavaScript identifiers, so no dashes
        String div = "panther" + UUID.randomUUID().toString().replace("-", "");
        String json = figure.toString().replace("</", "<\\/");
        return "<div id=\"" + div + "\" class=\"panther-chart\" style=\"width:100%\"></div>\n"
                + (selfContained ? plotly.inlineLibraryOnce() : "")
                + "<script>\n"
                + String.format(CHART_SCRIPT, div, json, FigureJson.NEUTRAL_TEXT, plotly.cdnUrlWithoutJs())
                + "</script>";
    }
}
