package dev.pantherkernel.kernel.render;

import dev.pantherkernel.magics.table.TableDisplay;

import java.util.List;
import java.util.Locale;

/**
 * A table as escaped HTML: a header with column names (their types under them), the first and last rows of long
 * tables with a visible note about the rows hidden between them, and a one-line footer with the shape and any details
 * (query id, elapsed time) the caller adds, every fact in full on hover; warnings (truncation) above.
 *
 * <p>It reads the same in JupyterLab, Notebook 7, classic Notebook and nbconvert pages, light or dark: the rules are
 * more specific than the front ends' table rules (so text stays left and numbers right), colours are JupyterLab's
 * theme variables with fallbacks where there are none, a wide table scrolls inside its own box with the row number
 * (and a narrow first column) kept in view, and a long value is cut at the display's width with its whole text on
 * hover, or wraps: when the display asks for whole values, and on nbconvert's HTML pages, which are read, printed and
 * shared where nobody hovers.
 *
 * <p>Copying the table gives a rectangle: the row numbers, the types, the hidden-rows note and the one-line footer
 * cannot be selected, so a selection dragged over the table holds the header and the rows, each with every field.
 */
public final class TableHtml {

    /** How wide a wrapped value may grow before it wraps, when the display shows whole values. */
    static final int WRAP_AT = 80;

    /**
     * What an empty first value holds: a zero-width space. Chromium copies a row whose first selectable cell is empty
     * without that cell's field (every later value would move one column left); the row number before it cannot be
     * selected, so the first value must have some text.
     */
    static final String EMPTY_FIRST = "\u200b";
    private static final String T = ".panther-table table.panther";
    /** nbconvert's pages: its lab template's body and its classic template's main; no Jupyter front end has either. */
    private static final String EXPORTED = "body.jp-Notebook " + T + " td.w,main>#notebook " + T + " td.w";
    private static final String UNSELECTABLE = "-webkit-user-select:none;user-select:none";
    private static final String STYLE = "<style>"
            + ".panther-table .panther-scroll{overflow-x:auto;max-width:100%}"
            + T + "{border-collapse:separate;border-spacing:0;font-size:12px;margin:0;"
            + "color:var(--jp-content-font-color1,inherit);table-layout:auto}"
            + T + " th," + T + " td{padding:2px 6px;text-align:left;vertical-align:top;white-space:nowrap;"
            + "max-width:var(--panther-width,48ch);overflow:hidden;text-overflow:ellipsis;border:none;line-height:1.4}"
            + T + " th.n," + T + " td.n{text-align:right}"
            + T + " thead th{font-weight:bold;border-bottom:1px solid var(--jp-border-color1,#bdbdbd);vertical-align:bottom}"
            // under the name after a line break of its own: a block would split the copied header into lines
            + T + " thead th .t{font-weight:normal;font-size:10px;color:var(--jp-ui-font-color2,#666);"
            + UNSELECTABLE + "}"
            + T + " tbody tr:nth-child(odd)>*{background:var(--jp-rendermime-table-row-background,#f5f5f5)}"
            + T + " tbody tr:nth-child(even)>*{background:var(--jp-layout-color0,#fff)}"
            + T + " thead th{background:var(--jp-layout-color0,#fff)}"
            + T + " .i{position:sticky;left:0;z-index:2;font-weight:normal;text-align:right;box-sizing:content-box;"
            + "width:var(--panther-index);min-width:var(--panther-index);max-width:var(--panther-index);"
            + "color:var(--jp-ui-font-color2,#666);" + UNSELECTABLE + "}"
            + T + " .c0{position:sticky;left:calc(var(--panther-index) + 12px);z-index:1;"
            + "box-shadow:1px 0 0 var(--jp-border-color2,#e0e0e0)}"
            + T + " tr.hidden-rows td{font-style:italic;color:var(--jp-ui-font-color2,#666);max-width:none}"
            + T + " tr.hidden-rows{" + UNSELECTABLE + "}"
            + T + " tr.hidden-rows span{position:sticky;left:calc(var(--panther-index) + 18px)}"
            + T + ".whole td.w{white-space:pre-wrap;overflow-wrap:anywhere;min-width:24ch;max-width:" + WRAP_AT + "ch}"
            + EXPORTED + "{white-space:pre-wrap;overflow-wrap:anywhere;text-overflow:clip;min-width:16ch}"
            + ".panther-table .panther-footer{color:var(--jp-content-font-color2,#555);font-size:11px;margin:4px 0}"
            + ".panther-table p.panther-footer{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;" + UNSELECTABLE + "}"
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
        html.append("<div class=\"panther-scroll\"><table class=\"panther")
                .append(view.display().wholeValues() ? " whole" : "").append("\" style=\"")
                .append(String.format(Locale.ROOT, "--panther-index:%dch", view.indexDigits()));
        if (!view.display().wholeValues()) {
            html.append(String.format(Locale.ROOT, ";--panther-width:%dch", view.display().width()));
        }
        html.append("\"><thead><tr><th class=\"i\"></th>");
        for (int c = 0; c < view.columnCount(); c++) {
            html.append("<th").append(cellClass(view, c, false)).append('>').append(Html.escape(view.columns().get(c)))
                    .append("<span class=\"t\"><br>").append(Html.escape(view.types().get(c))).append("</span></th>");
        }
        html.append("</tr></thead><tbody>");
        rows(html, view, view.headIndexes(), view.head());
        if (view.hiddenRows() > 0) {
            html.append("<tr class=\"hidden-rows\"><th class=\"i\">…</th><td colspan=\"")
                    .append(Math.max(1, view.columnCount())).append("\"><span>")
                    .append(Html.escape(TableFormat.hiddenNote(view))).append("</span></td></tr>");
        }
        rows(html, view, view.tailIndexes(), view.tail());
        html.append("</tbody></table></div>");
        footer(html, view, details);
        html.append("</div>");
        return html.toString();
    }

    /**
     * One line, cut where the output ends, with every fact in full on hover; or, when the display asks for the whole
     * footer, a fact a line, selectable (to copy a query id, say).
     */
    private static void footer(StringBuilder html, TableView view, List<String> details) {
        List<String> facts = TableFormat.facts(view, details);
        if (view.display().footer() == TableDisplay.Footer.FULL) {
            html.append("<div class=\"panther-footer\">");
            for (String fact : facts) {
                html.append("<div>").append(Html.escape(fact)).append("</div>");
            }
            html.append("</div>");
            return;
        }
        html.append("<p class=\"panther-footer\" title=\"").append(Html.escape(String.join("\n", facts))).append("\">")
                .append(Html.escape(String.join(" · ", facts))).append("</p>");
    }

    private static void rows(StringBuilder html, TableView view, List<Integer> indexes, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            html.append("<tr><th class=\"i\">").append(indexes.get(r)).append("</th>");
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                boolean wide = wide(view, cell);
                html.append("<td").append(cellClass(view, c, wide));
                if (view.cut(cell)) {
                    html.append(" title=\"").append(Html.escape(cell)).append('"');
                }
                html.append('>').append(c == 0 && cell.isEmpty() ? EMPTY_FIRST : Html.escape(cell)).append("</td>");
            }
            html.append("</tr>");
        }
    }

    /**
     * A value that would be cut, or, with whole values, one longer than the default width: it wraps where cutting is
     * not wanted, while short values stay on one line.
     */
    private static boolean wide(TableView view, String cell) {
        return view.display().wholeValues() ? cell.length() > TableDisplay.DEFAULT.width() || cell.indexOf('\n') >= 0
                : view.cut(cell);
    }

    /** Numbers right, text left; a narrow first column stays in view while a wide table scrolls; wide values may wrap. */
    private static String cellClass(TableView view, int column, boolean wide) {
        StringBuilder classes = new StringBuilder();
        if (column == 0 && view.firstColumnPinned()) {
            classes.append(" c0");
        }
        if (view.numeric().get(column)) {
            classes.append(" n");
        }
        if (wide) {
            classes.append(" w");
        }
        return classes.isEmpty() ? "" : " class=\"" + classes.substring(1) + "\"";
    }
}
