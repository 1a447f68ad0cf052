package dev.pantherkernel.kernel.render;

/**
 * Where figures get plotly.js from. Pinned to a 2.x release: plotly.js 3 and later drop the string titles
 * Tablesaw writes.
 */
public final class PlotlyJs {

    /** The plotly.js release every figure uses. */
    public static final String VERSION = "2.35.2";

    private static final String CDN = "https://cdn.plot.ly/plotly-" + VERSION + ".min";

    /** The CDN address without the ".js" RequireJS adds by itself. */
    String cdnUrlWithoutJs() {
        return CDN;
    }

    /** A script that defines plotly.js inline the first time a session draws, when a local copy is known; else empty. */
    String inlineLibraryOnce() {
        return "";
    }
}
