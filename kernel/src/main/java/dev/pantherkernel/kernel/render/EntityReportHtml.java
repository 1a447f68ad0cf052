package dev.pantherkernel.kernel.render;

import dev.pantherkernel.magics.entity.EntityReport;
import dev.pantherkernel.magics.table.TableDisplay;

import java.util.List;

/**
 * An entity's report as one block: the summary line, each section's table (rendered as every table is), the
 * timeline figure, the SQL when {@code --show-sql} asked, and the footer that lists the queries.
 */
public final class EntityReportHtml {

    private static final String STYLE = "<style>"
            + ".panther-entity h4{margin:10px 0 2px 0;font-size:13px}"
            + ".panther-entity .panther-summary{font-weight:bold;margin:4px 0}"
            + ".panther-entity .panther-none{color:var(--jp-content-font-color2,#555);font-size:12px;margin:2px 0}"
            + ".panther-entity .panther-footer{color:var(--jp-content-font-color2,#555);font-size:11px;margin:4px 0}"
            + ".panther-entity .panther-warning{font-weight:bold;font-size:12px;margin:4px 0;padding:2px 6px;"
            + "border-left:4px solid var(--jp-warn-color1,#f57c00)}"
            + ".panther-entity pre{font-size:11px;background:var(--jp-layout-color2,#f6f6f6);padding:6px;margin:4px 0}"
            + "</style>";

    private EntityReportHtml() {
    }

    /** @param figure the timeline's HTML (empty when it has none), made as every figure's is */
    public static String render(EntityReport report, TableDisplay display, String figure) {
        StringBuilder html = new StringBuilder("<div class=\"panther-entity\">").append(STYLE);
        report.warnings().forEach(w -> html.append("<p class=\"panther-warning\">⚠ ").append(Html.escape(w)).append("</p>"));
        html.append("<p class=\"panther-summary\">").append(Html.escape(report.summary())).append("</p>");
        for (EntityReport.Section section : report.sections()) {
            if (section.table().rowCount() == 0 && section.whenEmpty() == null) {
                continue;
            }
            html.append("<h4>").append(Html.escape(section.title())).append("</h4>");
            if (section.table().rowCount() == 0) {
                html.append("<p class=\"panther-none\">").append(Html.escape(section.whenEmpty())).append("</p>");
            } else {
                html.append(TableHtml.render(TableView.of(section.table(), display), List.of(), List.of()));
            }
        }
        if (!figure.isEmpty()) {
            html.append("<h4>Timeline</h4>").append(figure);
        }
        if (report.showSql()) {
            report.queries().forEach(q -> html.append("<pre class=\"panther-sql\">").append(Html.escape(q.text())).append("</pre>"));
        }
        html.append("<p class=\"panther-footer\">").append(Html.escape(String.join(" · ", report.footer()))).append("</p>");
        return html.append("</div>").toString();
    }
}
