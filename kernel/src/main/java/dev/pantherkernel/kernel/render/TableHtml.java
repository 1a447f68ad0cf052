package dev.pantherkernel.kernel.render;

import java.util.List;
import java.util.Locale;

/**
 * A table as escaped HTML: a header with column names and types, the first and last rows of long tables with a
 * visible note about the rows hidden between them, and a footer with the shape and any details (query id,
 * elapsed time) and warnings (truncation) the caller adds.
 *
 * <p>It reads the same in JupyterLab, Notebook 7, classic Notebook and nbconvert pages, light or dark: the rules are
 * more specific than the front ends' table rules (so text stays left and numbers right), colours are JupyterLab's
 * theme variables with fallbacks where there are none, a wide table scrolls inside its own box with the row number
 * and first column kept in view, and a long cell is cut with its full value on hover.
 */
public final class TableHtml {

    /** Cells longer than this carry their full value in a tooltip: the cell itself is cut at the column's width. */
    static final int TOOLTIP_FROM = 32;

    private static final String T = ".panther-table table.panther";
    private static final String STYLE = "<style>"
            + ".panther-table .panther-scroll{overflow-x:auto;max-width:100%}"
            + T + "{border-collapse:separate;border-spacing:0;font-size:12px;margin:0;"
            + "color:var(--jp-content-font-color1,inherit);table-layout:auto}"
            + T + " th," + T + " td{padding:2px 6px;text-align:left;vertical-align:top;white-space:nowrap;"
            + "max-width:28em;overflow:hidden;text-overflow:ellipsis;border:none;line-height:1.4}"
            + T + " th.n," + T + " td.n{text-align:right}"
            + T + " thead th{font-weight:bold;border-bottom:1px solid var(--jp-border-color1,#bdbdbd)}"
            + T + " thead tr.types th{font-weight:normal;font-size:10px;color:var(--jp-ui-font-color2,#666)}"
            + T + " tbody tr:nth-child(odd)>*{background:var(--jp-rendermime-table-row-background,#f5f5f5)}"
            + T + " tbody tr:nth-child(even)>*{background:var(--jp-layout-color0,#fff)}"
            + T + " thead th{background:var(--jp-layout-color0,#fff)}"
            + T + " .i{position:sticky;left:0;z-index:2;font-weight:normal;text-align:right;box-sizing:content-box;"
            + "width:var(--panther-index);min-width:var(--panther-index);max-width:var(--panther-index);"
            + "color:var(--jp-ui-font-color2,#666)}"
            + T + " .c0{position:sticky;left:calc(var(--panther-index) + 12px);z-index:1;"
            + "box-shadow:1px 0 0 var(--jp-border-color2,#e0e0e0)}"
            + T + " tr.hidden-rows td{font-style:italic;color:var(--jp-ui-font-color2,#666);max-width:none}"
            + T + " tr.hidden-rows span{position:sticky;left:calc(var(--panther-index) + 18px)}"
            + ".panther-table .panther-footer{color:var(--jp-content-font-color2,#555);font-size:11px;margin:4px 0}"
            + ".panther-table .panther-warning{color:var(--jp-content-font-color1,#222);font-weight:bold;font-size:12px;"
            + "margin:4px 0;padding:2px 6px;border-left:4px solid var(--jp-warn-color1,#f57c00)}"
            + "</style>";

    private TableHtml() {
    }

    public static String render(TableView view, List<String> details, List<String> warnings) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<div class=\"panther-table\">").append(STYLE);
        for (String warning : warnings) {
            html.append("<p class=\"panther-warning\">⚠ ").append(Html.escape(warning)).append("</p>");
        }
        html.append("<div class=\"panther-scroll\"><table class=\"panther\" style=\"--panther-index:")
                .append(String.format(Locale.ROOT, "%dch", view.indexDigits())).append("\"><thead><tr><th class=\"i\"></th>");
        for (int c = 0; c < view.columnCount(); c++) {
            html.append("<th").append(cellClass(view, c)).append('>').append(Html.escape(view.columns().get(c))).append("</th>");
        }
        html.append("</tr><tr class=\"types\"><th class=\"i\"></th>");
        for (int c = 0; c < view.columnCount(); c++) {
            html.append("<th").append(cellClass(view, c)).append('>').append(Html.escape(view.types().get(c))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        rows(html, view, view.headIndexes(), view.head());
        if (view.hiddenRows() > 0) {
            html.append("<tr class=\"hidden-rows\"><th class=\"i\">…</th><td colspan=\"")
                    .append(Math.max(1, view.columnCount())).append("\"><span>")
                    .append(Html.escape(TableFormat.hiddenNote(view))).append("</span></td></tr>");
        }
        rows(html, view, view.tailIndexes(), view.tail());
        html.append("</tbody></table></div><p class=\"panther-footer\">")
                .append(Html.escape(TableFormat.footer(view, details)));
        if (view.hiddenRows() > 0) {
            html.append(" · ").append(Html.escape(TableFormat.hiddenNote(view)));
        }
        html.append("</p></div>");
        return html.toString();
    }

    private static void rows(StringBuilder html, TableView view, List<Integer> indexes, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            html.append("<tr><th class=\"i\">").append(indexes.get(r)).append("</th>");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                html.append("<td").append(cellClass(view, c));
                if (cell.length() > TOOLTIP_FROM || cell.indexOf('\n') >= 0) {
                    html.append(" title=\"").append(Html.escape(cell)).append('"');
                }
                html.append('>').append(Html.escape(cell)).append("</td>");
            }
            html.append("</tr>");
        }
    }

    /** Numbers right, text left; the first column stays in view while a wide table scrolls. */
    private static String cellClass(TableView view, int column) {
        boolean numeric = view.numeric().get(column);
        if (column == 0) {
            return numeric ? " class=\"c0 n\"" : " class=\"c0\"";
        }
        return numeric ? " class=\"n\"" : "";
    }
}
