package dev.pantherkernel.magics.graphql;

import dev.pantherkernel.magics.core.Internal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a line and column of an operation's text are for the user: in a cell, its line counts from the cell's first
 * line (the magic line is line 1), as errors in Java cells do; elsewhere, in the text itself.
 *
 * @param firstLine the cell line of the text's first line; 0 when the text is not from a cell
 */
@Internal
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

    /**
     * The whole text, its lines numbered, with a caret under {@code column} of {@code line} (none when {@code line} is
     * 0): for text the user did not write and so has not in front of them (SQL generated from options, say).
     */
    public static List<String> numbered(String text, int line, int column) {
        List<String> lines = text.lines().toList();
        int width = String.valueOf(lines.size()).length();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String number = String.valueOf(i + 1);
            out.add(" ".repeat(width - number.length()) + number + "  " + lines.get(i));
            if (i + 1 == line) {
                out.add(" ".repeat(width + 2 + Math.max(0, column - 1)) + "^");
            }
        }
        return out;
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
