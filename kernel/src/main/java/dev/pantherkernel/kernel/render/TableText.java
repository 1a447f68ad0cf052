package dev.pantherkernel.kernel.render;

import dev.pantherkernel.magics.table.TableDisplay;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as aligned plain text (for consoles and text/plain), with the same rows and footer as the HTML: values cut
 * at the display's width (or whole), the footer on one line (or a fact a line).
 */
public final class TableText {

    private TableText() {
    }

    public static String render(TableView view, List<String> details, List<String> warnings) {
        List<List<String>> grid = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(view.columns());
        grid.add(header);
        addRows(grid, view.headIndexes(), view.head());
        if (view.hiddenRows() > 0) {
            List<String> dots = new ArrayList<>();
            for (int i = 0; i <= view.columnCount(); i++) {
                dots.add("…");
            }
            grid.add(dots);
        }
        addRows(grid, view.tailIndexes(), view.tail());
        int most = view.display().wholeValues() ? Integer.MAX_VALUE : view.display().width();
        int[] widths = new int[header.size()];
        for (List<String> row : grid) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.min(most, Math.max(widths[c], row.get(c).length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String warning : warnings) {
            out.append("⚠ ").append(warning).append('\n');
        }
        for (List<String> row : grid) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = fit(row.get(c).replace('\n', ' '), widths[c]);
                boolean right = c > 0 && view.numeric().get(c - 1);
                line.append(right ? padLeft(cell, widths[c]) : pad(cell, widths[c])).append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        boolean whole = view.display().footer() == TableDisplay.Footer.FULL;
        out.append(String.join(whole ? "\n" : " · ", TableFormat.facts(view, details)));
        return out.toString();
    }

    private static void addRows(List<List<String>> grid, List<Integer> indexes, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(indexes.get(r)));
            row.addAll(rows.get(r));
            grid.add(row);
        }
    }

    private static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, Math.max(0, width - 1)) + "…";
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
