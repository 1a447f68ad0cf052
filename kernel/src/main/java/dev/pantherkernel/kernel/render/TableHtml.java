package dev.pantherkernel.kernel.render;

import java.util.List;

/**
 * A table as escaped HTML: a header with column names and types, the first and last rows of long tables with a
 * visible note about the rows hidden between them, and a footer with the shape and any details (query id,
 * elapsed time) and warnings (truncation) the caller adds.
 */
public final class TableHtml {

    private static final String STYLE = "<style>"
            + ".panther-table table.dataframe{border-collapse:collapse;font-size:12px}"
            + ".panther-table th,.panther-table td{padding:2px 8px;text-align:left;white-space:pre;"
            + "max-width:40em;overflow:hidden;text-overflow:ellipsis}"
            + ".panther-table thead tr.types th{font-weight:normal;color:#888;font-size:10px}"
            + ".panther-table tr.hidden-rows td,.panther-table tr.hidden-rows th{color:#888;text-align:center}"
            + ".panther-table .panther-footer{color:#555;font-size:11px;margin:4px 0}"
            + ".panther-table .panther-warning{color:#a40;font-weight:bold;font-size:12px;margin:4px 0}"
            + "</style>";

    private TableHtml() {
    }

    public static String render(TableView view, List<String> details, List<String> warnings) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<div class=\"panther-table\">").append(STYLE);
        for (String warning : warnings) {
            html.append("<p class=\"panther-warning\">⚠ ").append(Html.escape(warning)).append("</p>");
        }
        html.append("<table class=\"dataframe\"><thead><tr><th></th>");
        for (String column : view.columns()) {
            html.append("<th>").append(Html.escape(column)).append("</th>");
        }
        html.append("</tr><tr class=\"types\"><th></th>");
        for (String type : view.types()) {
            html.append("<th>").append(Html.escape(type)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        rows(html, view.headIndexes(), view.head());
        if (view.hiddenRows() > 0) {
            html.append("<tr class=\"hidden-rows\"><th>…</th><td colspan=\"").append(Math.max(1, view.columnCount()))
                    .append("\">").append(Html.escape(TableFormat.hiddenNote(view))).append("</td></tr>");
        }
        rows(html, view.tailIndexes(), view.tail());
        html.append("</tbody></table><p class=\"panther-footer\">")
                .append(Html.escape(TableFormat.footer(view, details)));
        if (view.hiddenRows() > 0) {
            html.append(" · ").append(Html.escape(TableFormat.hiddenNote(view)));
        }
        html.append("</p></div>");
        return html.toString();
    }

    private static void rows(StringBuilder html, List<Integer> indexes, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            html.append("<tr><th>").append(indexes.get(r)).append("</th>");
            for (String cell : rows.get(r)) {
                html.append("<td>").append(Html.escape(cell)).append("</td>");
            }
            html.append("</tr>");
        }
    }
}
