package dev.pantherkernel.kernel.render;

import java.util.ArrayList;
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

    /** The footer's facts: the shape, the caller's details, and the hidden rows when there are any. */
    static List<String> facts(TableView view, List<String> details) {
        List<String> out = new ArrayList<>();
        out.add(shape(view));
        details.stream().map(TableFormat::oneLine).forEach(out::add);
        if (view.hiddenRows() > 0) {
            out.add(hiddenNote(view));
        }
        return out;
    }

    private static String oneLine(String detail) {
        return detail.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
