package dev.pantherkernel.kernel.render;

import dev.pantherkernel.magics.lakechart.LakeChartResult;

/**
 * What a chart aggregated in the data lake adds around its figure (which renders as every figure does): warnings
 * above, the SQL when {@code --show-sql} asked for it, and a footer saying how many rows the data lake added up
 * and how many came back.
 */
public final class LakeChartHtml {

    // the theme's colours (JupyterLab's variables), as the tables have them, with fallbacks for nbconvert and classic
    private static final String STYLE = "<style>"
            + ".panther-lake-chart .panther-footer{color:var(--jp-content-font-color2,#555);font-size:11px;margin:4px 0}"
            + ".panther-lake-chart .panther-warning{color:var(--jp-content-font-color1,#222);font-weight:bold;"
            + "font-size:12px;margin:4px 0;padding:2px 6px;border-left:4px solid var(--jp-warn-color1,#f57c00)}"
            + ".panther-lake-chart pre{font-size:11px;color:var(--jp-content-font-color1,inherit);"
            + "background:var(--jp-layout-color2,#f6f6f6);padding:6px;margin:4px 0}"
            + "</style>";

    private LakeChartHtml() {
    }

    public static String above(LakeChartResult chart) {
        StringBuilder html = new StringBuilder("<div class=\"panther-lake-chart\">").append(STYLE);
        chart.warnings().forEach(w -> html.append("<p class=\"panther-warning\">⚠ ").append(Html.escape(w)).append("</p>"));
        if (chart.showSql()) {
            html.append("<pre class=\"panther-sql\">").append(Html.escape(chart.sql())).append("</pre>");
        }
        return html.append("</div>").toString();
    }

    public static String below(LakeChartResult chart) {
        return "<div class=\"panther-lake-chart\"><p class=\"panther-footer\">"
                + Html.escape(String.join(" · ", chart.footer())) + "</p></div>";
    }
}
