package dev.pantherkernel.kernel.render;

import java.util.List;
import java.util.Locale;

/** Footer wording shared by the HTML and plain renderings of a table. */
final class TableFormat {

    private TableFormat() {
    }

    static String shape(TableView view) {
        return String.format(Locale.ROOT, "%,d %s × %,d %s", view.rowCount(), view.rowCount() == 1 ? "row" : "rows",
                view.columnCount(), view.columnCount() == 1 ? "column" : "columns");
    }

    static String hiddenNote(TableView view) {
        return String.format(Locale.ROOT, "showing the first %,d and last %,d rows; %,d rows hidden",
                view.head().size(), view.tail().size(), view.hiddenRows());
    }

    static String footer(TableView view, List<String> details) {
        StringBuilder out = new StringBuilder(shape(view));
        for (String detail : details) {
            out.append(" · ").append(detail);
        }
        return out.toString();
    }
}
