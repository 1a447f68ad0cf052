package dev.pantherkernel.magics.graphql;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a line and column of an operation's text are for the user: in a cell, its line counts from the cell's first
 * line (the magic line is line 1), as errors in Java cells do; elsewhere, in the text itself.
 *
 * @param firstLine the cell line of the text's first line; 0 when the text is not from a cell
 */
public record TextPlace(int firstLine) {

    public static final TextPlace TEXT = new TextPlace(0);

    /** {@code cell line 3, column 11}, or {@code line 2:11} outside a cell. */
    public String describe(int line, int column) {
        return firstLine > 0 ? "cell line " + (firstLine + line - 1) + ", column " + column : "line " + line + ":" + column;
    }

    /** The line as the user counts it. */
    public int userLine(int line) {
        return firstLine > 0 ? firstLine + line - 1 : line;
    }

    /** The text's line and a caret under the column, to show below the message. */
    public static List<String> caret(String text, int line, int column) {
        List<String> lines = text.lines().toList();
        List<String> out = new ArrayList<>();
        if (line >= 1 && line <= lines.size()) {
            out.add(lines.get(line - 1));
            out.add(" ".repeat(Math.max(0, column - 1)) + "^");
        }
        return out;
    }
}
